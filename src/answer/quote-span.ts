/**
 * A quotation that runs over several sentences ("My students are always surprised… For Mexico, Ugartechea
 * was an officer doing his duty…") is about what any of them names, not only what its first sentence does.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** The sentences a quotation's words run over, in order (those the index holds). */
export function quotationSentences(index: KnowledgeIndex, sentenceIds: readonly string[]): Sentence[] {
  return sentenceIds.flatMap((id) => index.sentence(id) ?? []);
}

/**
 * The best score `scores` (by sentence position) gives any sentence quotation `qi` runs over; its first
 * sentence's score when it has one sentence.
 */
export function bestQuotationSentenceScore(
  index: KnowledgeIndex,
  qi: number,
  scores: ArrayLike<number>,
): number {
  let best = scores[index.quoteSentence[qi] ?? -1] ?? 0;
  const ids = index.quotes[qi]?.sentenceIds ?? [];
  for (let k = 1; k < ids.length; k++)
    best = Math.max(best, scores[index.sentenceIndex.get(ids[k] ?? '') ?? -1] ?? 0);
  return best;
}
