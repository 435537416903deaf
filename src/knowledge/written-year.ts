/**
 * The year a date writes out after its day or month ("Feb. 24, 1880", "Sept. 3 1881", "July, 1861"). The
 * tagger often ends a date at its day, and a day read without its year takes the story's: "until Feb. 24,
 * 1880" in a paragraph about 1878 was read as 24 February 1878. A date that states its own year keeps it.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { isDayOfMonth, isMonthWord } from '../nlp/calendar-words.ts';
import { countsAfterDay } from './count-after-day.ts';

/**
 * The years a figure written after a day is read as: old dispatches and letters are dated from the 1500s on,
 * and a day is not followed by a later figure that is a year.
 */
const FIRST_WRITTEN_YEAR = 1500;
const LAST_WRITTEN_YEAR = 2100;

/** The ending of an ordinal day the tokenizer splits from its figure ("22" "d"). */
const ORDINAL_ENDING = /^(?:st|nd|rd|th|d)\.?$/;

/** True when `value` is a four-digit figure that may be a year written after a day. */
function isYearFigure(value: string): boolean {
  if (!/^\d{4}$/.test(value)) return false;
  const year = Number(value);
  return year >= FIRST_WRITTEN_YEAR && year <= LAST_WRITTEN_YEAR;
}

/**
 * The end of the date at tokens `[start, end)` taken through the year written after it (and through its day's
 * ordinal ending, "22" "d", where the tagger stopped before it), or `end` when none is: the date names a month (`isMonth`, on a token's normal form), ends at its day or its month, writes no
 * year of its own, and a four-digit figure follows, after a comma or not, that counts nothing ("May 3, 1500
 * troops" and "May 3, 1500 Mexican soldiers" are counts, see count-after-day.ts).
 */
export function throughWrittenYear(
  analysis: Analysis,
  start: number,
  end: number,
  sentenceEnd: number,
  isMonth: (normal: string) => boolean,
): number {
  const toks = analysis.tokens;
  let month = false;
  for (let t = start; t < end; t++) {
    const v = toks[t]?.value ?? '';
    if (/^\d{4}$/.test(v)) return end;
    month ||= isMonth(toks[t]?.normal ?? '');
  }
  const last = toks[end - 1];
  if (!month || !last) return end;
  const endsAtDay =
    isDayOfMonth(last.value) || (ORDINAL_ENDING.test(last.value) && /^\d+$/.test(toks[end - 2]?.value ?? ''));
  if (!endsAtDay && !isMonth(last.normal)) return end;
  // The tagger may end the date at a day's figure before its ordinal ending ("Oct. 22" of "Oct. 22d, 1862").
  const ending = toks[end];
  const dayEnd =
    end < sentenceEnd &&
    ending &&
    ending.start === last.end &&
    isDayOfMonth(last.value) &&
    ORDINAL_ENDING.test(ending.value)
      ? end + 1
      : end;
  let k = dayEnd;
  if (toks[k]?.value === ',') k++;
  const year = toks[k];
  if (k >= sentenceEnd || !year || !isYearFigure(year.value)) return dayEnd;
  const after = toks[k + 1];
  if (k + 1 < sentenceEnd && after && after.pos === 'NOUN') return end;
  if (countsAfterDay(toks, k, sentenceEnd)) return end;
  return k + 1;
}

/**
 * True when the token at `t` is the year a date writes out after its month, day and a comma ("On Sept. 16,
 * 1810 Mexican rebels rose"), though the tagger read the figure apart from the date: it counts nothing, so
 * "how many rebels rose?" is not answered 1810. A round figure before the noun it counts is a count
 * (count-after-day.ts).
 */
export function isYearAfterDay(toks: readonly Token[], t: number, sentenceEnd: number): boolean {
  const figure = toks[t];
  if (!figure || !isYearFigure(figure.value) || toks[t - 1]?.value !== ',') return false;
  if (!isDayOfMonth(toks[t - 2]?.value ?? '') || !isMonthWord(toks[t - 3]?.value ?? '')) return false;
  return !countsAfterDay(toks, t, sentenceEnd);
}
