/**
 * "What did the colonel tell him?" after the caller's question: with no topic of its own, a follow-up asking
 * for someone's words asks what they said next, their reply, which comes after the last answer's evidence in
 * its article. Quotations are put in order of how soon after it they come.
 */
import type { KnowledgeIndex } from './knowledge-index.ts';

/**
 * For each quotation (by position), how many sentences after the last of `lastEvidence` in its article it
 * comes; `Infinity` for one before it, in another article, or when there is no last answer.
 */
export function sentencesAfterLastAnswer(
  index: KnowledgeIndex,
  lastEvidence: readonly string[],
): (quotePosition: number) => number {
  const lastInSource = new Map<number, number>();
  for (const id of lastEvidence) {
    const at = index.sentenceIndex.get(id);
    if (at === undefined) continue;
    const source = index.sentenceSource[at] ?? -1;
    lastInSource.set(source, Math.max(lastInSource.get(source) ?? -1, at));
  }
  return (qi) => {
    const last = lastInSource.get(index.quoteSource[qi] ?? -1);
    const at = index.sentenceIndex.get(index.quotes[qi]?.sentenceIds[0] ?? '');
    return last === undefined || at === undefined || at <= last ? Infinity : at - last;
  };
}
