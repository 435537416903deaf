/**
 * A day dated by the month its writer writes in, as letters and dispatches date them: "the 27th ult." (ultimo,
 * last month), "the 2d instant" (this month), "the 5th prox." (next month). English letter style, not the
 * domain: the word after the day says which month, counted from the day the passage is told on.
 */
import type { Token } from '../nlp/pipeline.ts';
import { isDayOfMonth } from '../nlp/calendar-words.ts';
import { ORDINAL_ENDINGS } from './ordinal-days.ts';

/** Each word (without its full stop) and the months it counts from the month of writing. */
const MONTH_OF_WRITING: ReadonlyMap<string, number> = new Map([
  ['ult', -1],
  ['ultimo', -1],
  ['inst', 0],
  ['instant', 0],
  ['prox', 1],
  ['proximo', 1],
]);

/** The months from the month of writing that `word` (lower case) names after a day, or `null`. */
export function monthOfWritingShift(word: string): number | null {
  return MONTH_OF_WRITING.get(word.endsWith('.') ? word.slice(0, -1) : word) ?? null;
}

/**
 * The end (exclusive) of a day of the month at token `t` followed by a month-of-writing word ("27th ult.",
 * "2d instant"), or -1. The day may be one token ("27th") or its figure and ending apart ("2" "d").
 */
export function dayOfWritingEnd(tokens: readonly Token[], t: number, end: number): number {
  const tok = tokens[t];
  if (!tok || !isDayOfMonth(tok.normal)) return -1;
  let k = t + 1;
  const ending = tokens[k];
  if (/^\d+$/.test(tok.normal) && ending && ending.start === tok.end && ORDINAL_ENDINGS.has(ending.normal))
    k++;
  const word = tokens[k];
  if (k >= end || !word || monthOfWritingShift(word.normal) === null) return -1;
  return k + 1;
}

/** The end of a date expression ending at `end`, taken through a month-of-writing word after it. */
export function throughMonthOfWriting(tokens: readonly Token[], end: number, sentenceEnd: number): number {
  const word = tokens[end];
  return end < sentenceEnd && word && monthOfWritingShift(word.normal) !== null ? end + 1 : end;
}
