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
import { coverage, evidenceTerms, type WordLens } from './retrieval.ts';
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
 * Share (0–1) of `u`'s content-word weight that `d`'s first evidence says, weighed as the confidence weighs it
 * ({@link coverage}: IDF, synonyms, related words, a required word left out capping it); 0 when that evidence
 * leaves out a name the question gives.
 */
export function firstEvidenceShare(
  u: Pick<Understanding, 'content' | 'entities'>,
  d: Draft,
  index: KnowledgeIndex,
  lens: WordLens,
): number {
  const first = d.evidence[0];
  if (!first) return 0;
  const sentences = index.evidenceSentenceIds(first).map((id) => index.sentence(id));
  const quote = first.kind === 'quote' ? index.quoteById.get(first.id) : undefined;
  const { lemmas, entities } = evidenceTerms(sentences, quote ? [quote] : []);
  if (u.entities.some((e) => !entities.has(e))) return 0;
  return coverage(index, u.content, [], lemmas, entities, lens);
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
