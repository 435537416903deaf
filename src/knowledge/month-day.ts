/**
 * A day of the month the tagger leaves out of a date: after a weekday ("Tuesday the 20th") and after an
 * abbreviated month ("Sept. 28", "Sept. 21st").
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { opensWithDigit } from './counted.ts';
import { ORDINAL_ENDINGS, ordinalDay, ordinalDayEnd } from './ordinal-days.ts';

/**
 * The end of a weekday's date with the day of the month written after it ("Tuesday the 20th", "Monday, the
 * 22d"), or `end` when none follows: the tagger reads the weekday as the date and the day as an ordinal.
 */
export function dayOfMonthAfter(
  analysis: Analysis,
  end: number,
  sentenceEnd: number,
  weekdays: ReadonlySet<string>,
): number {
  const toks = analysis.tokens;
  if (!weekdays.has(toks[end - 1]?.normal ?? '')) return end;
  let k = end;
  if (toks[k]?.value === ',') k++;
  if (toks[k]?.normal !== 'the') return end;
  k++;
  const day = toks[k]?.normal ?? '';
  if (k >= sentenceEnd || !/^\d{1,2}(st|nd|rd|th)?$/.test(day)) return end;
  // "22d": the figure and its ending are two tokens.
  if (/^\d+$/.test(day)) {
    const ending = toks[k + 1];
    // "the 23d." at the end of a sentence: the ending and the full stop are one token.
    const suffix = ending?.normal.endsWith('.') ? ending.normal.slice(0, -1) : ending?.normal;
    if (!ending || !ORDINAL_ENDINGS.has(suffix ?? '') || ending.start !== toks[k]?.end) return end;
    k++;
  }
  return k + 1;
}

/** The last token of the day after a month name at `t` ("Sept. 28", "Nov 3", "Sept. 21st"), or -1. */
export function monthDayAt(
  analysis: Analysis,
  t: number,
  end: number,
  monthWords: ReadonlySet<string>,
): number {
  const tok = analysis.tokens[t];
  // Most tokens are no month: the set look-up comes first, before the capital is checked.
  const normal = tok?.normal ?? '';
  const month = monthWords.has(normal);
  if (!tok || !month || !opensWithCapital(tok.value)) return -1;
  let k = t + 1;
  if (analysis.tokens[k]?.value === '.') k++;
  const day = analysis.tokens[k];
  if (k >= end || !day || !opensWithDigit(day.value)) return -1;
  // The day as a figure ("28") or an ordinal ("21st", or "22" "d" as two tokens): its last token.
  const ordinalEnd = ordinalDayEnd(analysis.tokens, k);
  const last = ordinalEnd > k && ordinalEnd <= end ? ordinalEnd - 1 : k;
  const figure = /^\d{1,2}$/.test(day.value) ? Number(day.value) : ordinalDay(day.normal);
  if (figure === null || figure < 1 || figure > 31) return -1;
  // "The Sept. 11 attacks" names an event, of a year it does not say; "Sept. 11, 2001" dates one.
  const yearFollows =
    analysis.tokens[last + 1]?.value === ',' && /^\d{4}$/.test(analysis.tokens[last + 2]?.value ?? '');
  if (!yearFollows && DETERMINERS.has(analysis.tokens[t - 1]?.normal ?? '')) return -1;
  return last;
}

/** Words before a date that make it part of a name ("the Sept. 11 attacks"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that']);
