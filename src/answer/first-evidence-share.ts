/**
 * A draft under the confidence bar whose first piece of evidence, by itself, names everything the question
 * names and says most of its words. The confidence (retrieval.ts `coverage`) weighs a question's names with
 * its words over all of the evidence; a draft can fall under the bar when the words are said in one sentence
 * but their weight is small beside the names' ("Who led the American cavalry in the fight at Guerrero?").
 * Measured in bench/conf-study.ts (docs/conf-study.md) on dev: of the features studied, none separates right
 * from must-decline better than the confidence, and this rule is the one a dev grid chose beside it.
 */
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { WordLens } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/**
 * The lowest confidence this rule lets through. Chosen on dev (bench/conf-study.ts grid over 0.3–0.6): lower
 * floors let in no more right answers.
 */
export const ONE_SENTENCE_FLOOR = 0.4;

/**
 * The share of the question's content-word weight the first evidence must say. Chosen on dev (the same grid):
 * with the floor, dev +3 right, must-decline answered unchanged (npm run eval against eval-base12).
 */
export const ONE_SENTENCE_SAYS = 0.467;

/**
 * Share (0–1) of `u`'s content-word weight (IDF, as the confidence weighs it) that `d`'s first evidence says
 * in its words, a synonym or related words; 0 when that evidence leaves out a name the question gives.
 */
export function firstEvidenceShare(
  u: Pick<Understanding, 'content' | 'entities'>,
  d: Draft,
  index: KnowledgeIndex,
  lens: WordLens,
): number {
  const first = d.evidence[0];
  if (!first) return 0;
  const words = new Set<string>();
  const named = new Set<string>();
  for (const id of index.evidenceSentenceIds(first)) {
    const s = index.sentence(id);
    for (const l of s?.lemmas ?? []) words.add(l);
    for (const m of s?.mentions ?? []) named.add(m.entityId);
  }
  if (first.kind === 'quote') {
    const q = index.quoteById.get(first.id);
    for (const l of q?.lemmas ?? []) words.add(l);
    if (q?.speakerId) named.add(q.speakerId);
  }
  if (u.entities.some((e) => !named.has(e))) return 0;
  const maxIdf = Math.log(1 + (index.sentences.length + 0.5) / 0.5);
  let total = 0;
  let said = 0;
  for (const lemma of new Set(u.content)) {
    const forms = [lemma, `${lemma}s`, ...lens.synonymsOf(lemma)];
    const idf =
      Math.max(...forms.map((f) => index.sentenceBm25.idf(f)), 0) || maxIdf * lens.unknownWeight(lemma);
    total += idf;
    said += forms.some((f) => words.has(f)) ? idf : idf * lens.related(lemma, words);
  }
  return total > 0 ? said / total : 0;
}

/** True when `d`, under the confidence bar, is shown on its first evidence (see the module's header). */
export function firstEvidenceAnswers(
  u: Pick<Understanding, 'content' | 'entities'>,
  d: Draft,
  index: KnowledgeIndex,
  lens: WordLens,
): boolean {
  return d.confidence >= ONE_SENTENCE_FLOOR && firstEvidenceShare(u, d, index, lens) >= ONE_SENTENCE_SAYS;
}
