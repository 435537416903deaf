/**
 * Where a why-question's reason goes on past the evidence that ranks best: further into the same paragraph or
 * speaker's turn ("I'm a produce broker… If there is a war in Tamaulipas, the trucks stop"), or into the
 * speaker's next quotation when the first only recounts another's words ("He said, 'How can we help you…'"
 * then "She added, 'Sovereignty is not for sale.'").
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/**
 * How many sentences after the last one shown, in its paragraph, the words of the question it lacks are
 * looked for: a caller's turn states who they are, then what they do, then the reason (new-articles-16 dev).
 */
export const REASON_REACH = 3;

/**
 * The first sentence after `last`, in its paragraph and within {@link REASON_REACH}, that `says` holds of:
 * the rest of a turn or paragraph that speaks to what the shown sentences lack. `null` when none does.
 */
export function laterInParagraph(
  index: KnowledgeIndex,
  last: Sentence,
  says: (s: Sentence) => boolean,
): Sentence | null {
  for (let d = 1; d <= REASON_REACH; d++) {
    const s = index.neighbour(last.id, d);
    if (!s || s.paragraph !== last.paragraph || s.kind !== last.kind) return null;
    if (says(s)) return s;
  }
  return null;
}

/**
 * Whether `quote` recounts what someone else said ("He said, 'How can we help you?' … 'No, President
 * Trump.'"): a story of an exchange, which tells what happened, not why the speaker holds what they hold.
 */
export function recountsOthers(index: KnowledgeIndex, quote: Quote): boolean {
  return quote.sentenceIds.some((id) =>
    (index.quotesBySentence.get(id) ?? []).some(
      (q) => q.parentId === quote.id && q.speakerId !== null && q.speakerId !== quote.speakerId,
    ),
  );
}

/**
 * The quotations of `speakerId` after `quote` in its source that a why-question shows: the next one, and while
 * that one only recounts others' words ({@link recountsOthers}), the one after it (one step at most).
 */
export function reasonQuotations(index: KnowledgeIndex, speakerId: string, quote: Quote): Quote[] {
  const positions = index.speakerQuotes.get(speakerId);
  if (!positions) return [];
  const out: Quote[] = [];
  let at = index.quotePosition.get(quote.id) ?? -1;
  for (let step = 0; step < 2; step++) {
    const after = positions.find((p) => p > at);
    const next = after === undefined ? undefined : index.quotes[after];
    if (!next || next.sourceId !== quote.sourceId) break;
    out.push(next);
    if (!recountsOthers(index, next)) break;
    at = after ?? at;
  }
  return out;
}
