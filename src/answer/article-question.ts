/**
 * Questions an article asks itself (a sentence ending in "?") or reports someone asking ("…asked whether…"),
 * and the paragraph after one, which is where the article answers it.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** A sentence that asks a question of its own, not one quoted ("…?" she asked): the article's question. */
export const ARTICLE_QUESTION = /\?\s*$/;
/** A sentence reporting a question someone asked: "…asked whether…", "…wanted to know if…". */
export const REPORTED_QUESTION = /\b(?:asked|wondered|wanted to know)\s+(?:whether|if)\b/i;
/**
 * How many sentences of the paragraph answering an article's question are shown. 4 and 6 measured alike (dev
 * 696/855, test 482/796); 3 lost a dev question of new-articles-10 ('…never crossed' is the fourth), 2 also
 * a test row (npm run eval, 2026-11-30).
 */
const ANSWER_SENTENCES = 4;

/** The first sentences of the paragraph after `sentence`'s, in its article (up to {@link ANSWER_SENTENCES}). */
export function paragraphAfter(index: KnowledgeIndex, sentence: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let s = index.neighbour(sentence.id, 1);
  while (s && s.paragraph === sentence.paragraph) s = index.neighbour(s.id, 1);
  const paragraph = s?.paragraph;
  while (s && s.paragraph === paragraph && out.length < ANSWER_SENTENCES) {
    out.push(s);
    s = index.neighbour(s.id, 1);
  }
  return out;
}
