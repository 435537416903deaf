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
  // Most questions have no last answer: every quotation is as far, and the ranking of thousands of a
  // speaker's quotations at scale pays no look-up for it.
  if (lastInSource.size === 0) return () => Infinity;
  return (qi) => {
    const last = lastInSource.get(index.quoteSource[qi] ?? -1);
    if (last === undefined) return Infinity;
    const at = index.sentenceIndex.get(index.quotes[qi]?.sentenceIds[0] ?? '');
    return at === undefined || at <= last ? Infinity : at - last;
  };
}
