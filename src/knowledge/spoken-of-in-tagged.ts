/**
 * Who the words a pronoun tags speak of by name: in '"If Aubert had come up, it would have been a different
 * day," he said', Aubert is whom the speaker talks about, so naming him before the pronoun does not make him
 * its antecedent (a speaker does not name themselves in the third person). Read from the quotation that ends
 * right before the pronoun, by binary search over the sentence's quotations and its mentions: a sentence of
 * thousands of tagged quotations asks once per pronoun, in logarithmic time.
 */
import { firstTokenAtOrAfter, lowerBound } from '../nlp/analysis.ts';
import type { WorkingSentence } from './working.ts';

/** Characters at most between a quotation's closing mark and the pronoun tagging it (', "'). */
const MAX_GAP = 3;
/** Only marks and spaces. */
const MARKS = /^[\p{P}\s]*$/u;

/**
 * The id of the first person named inside the quotation that the pronoun at token `t` tags right after
 * it; `null` when no quotation ends right before the pronoun or it names no one.
 */
export function spokenOfInTagged(
  sentence: WorkingSentence,
  t: number,
  isPerson: (id: string) => boolean,
): string | null {
  const { analysis } = sentence;
  const at = analysis.tokens[t]?.start;
  if (at === undefined) return null;
  const spans = sentence.quoteSpans;
  const k = lowerBound(0, spans.length, (i) => (spans[i]?.outerEnd ?? 0) <= at) - 1;
  const span = spans[k];
  if (!span || at - span.outerEnd > MAX_GAP || !MARKS.test(analysis.text.slice(span.outerEnd, at)))
    return null;
  const from = firstTokenAtOrAfter(analysis, sentence.tokenStart, t, span.start);
  const to = firstTokenAtOrAfter(analysis, from, t, span.end);
  const named = sentence.named.firstIn(from, to, (m) => isPerson(m.entityId));
  return named?.entityId ?? null;
}
