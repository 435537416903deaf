/**
 * The year a date writes out after its day or month ("Feb. 24, 1880", "Sept. 3 1881", "July, 1861"). The
 * tagger often ends a date at its day, and a day read without its year takes the story's: "until Feb. 24,
 * 1880" in a paragraph about 1878 was read as 24 February 1878. A date that states its own year keeps it.
 * The tagger as often takes a count after the day for a year ("On May 3, 1500 Mexican soldiers crossed"):
 * a figure that counts the plural noun after it, and is no year the story can be in, is left out of the date.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { countedAfter } from './counted.ts';

/**
 * The years a figure written after a day is read as: old dispatches and letters are dated from the 1500s on,
 * and a day is not followed by a later figure that is a year.
 */
const FIRST_WRITTEN_YEAR = 1500;
const LAST_WRITTEN_YEAR = 2100;

/** A day of the month as a token: "24", "3d", "27th". */
const DAY_TOKEN = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?$/;
/** The ending of an ordinal day the tokenizer splits from its figure ("22" "d"). */
const ORDINAL_ENDING = /^(?:st|nd|rd|th|d)\.?$/;

/**
 * True when the words from token `from` are a plural noun phrase a figure before them counts ("1500 Mexican
 * soldiers", "1,500 Marines"); a singular noun ("Sept. 20, 1862 report") is something the date qualifies.
 */
function countsPluralAfter(analysis: Analysis, from: number, sentenceEnd: number): boolean {
  const counted = countedAfter(analysis, from, sentenceEnd);
  if (counted === null) return false;
  const head = counted.text.slice(counted.text.lastIndexOf(' ') + 1).toLowerCase();
  return head !== counted.lemma;
}

/** True when token `k` ends a day of the month ("3", "3d", "22" "d"). */
function endsDayAt(analysis: Analysis, k: number): boolean {
  const toks = analysis.tokens;
  const tok = toks[k];
  if (!tok) return false;
  return (
    DAY_TOKEN.test(tok.value) || (ORDINAL_ENDING.test(tok.value) && /^\d+$/.test(toks[k - 1]?.value ?? ''))
  );
}

/** True when `value` is a four-digit figure that may be a year written after a day. */
function isYearFigure(value: string): boolean {
  if (!/^\d{4}$/.test(value)) return false;
  const year = Number(value);
  return year >= FIRST_WRITTEN_YEAR && year <= LAST_WRITTEN_YEAR;
}

/**
 * The end of the date at tokens `[start, end)` taken through the year written after it, or `end` when none
 * is: the date names a month (`isMonth`, on a token's normal form), ends at its day or its month, writes no
 * year of its own, and a four-digit figure follows, after a comma or not, that counts nothing ("May 3, 1500
 * troops" is a count).
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
  if (!endsDayAt(analysis, end - 1) && !isMonth(last.normal)) return end;
  let k = end;
  if (toks[k]?.value === ',') k++;
  const year = toks[k];
  if (k >= sentenceEnd || !year || !isYearFigure(year.value)) return end;
  const after = toks[k + 1];
  if (k + 1 < sentenceEnd && after && after.pos === 'NOUN') return end;
  return k + 1;
}

/**
 * The end of the date at tokens `[start, end)` without the four-digit figure it ends with when that figure
 * counts the plural noun after it and is no year the story can be in (`storyCanBeIn`): "On May 3, 1500
 * Mexican soldiers crossed" in a story of 2018 is May 3 and 1,500 soldiers. The figure must follow a day of
 * a month the date names, after a comma or not; `end` when it stays.
 */
export function withoutCountingFigure(
  analysis: Analysis,
  start: number,
  end: number,
  sentenceEnd: number,
  isMonth: (normal: string) => boolean,
  storyCanBeIn: (year: number) => boolean,
): number {
  const toks = analysis.tokens;
  const figure = toks[end - 1];
  if (!figure || !/^\d{4}$/.test(figure.value) || storyCanBeIn(Number(figure.value))) return end;
  let day = end - 2;
  if (toks[day]?.value === ',') day--;
  if (day <= start || !endsDayAt(analysis, day)) return end;
  let month = false;
  for (let t = start; t < day && !month; t++) month = isMonth(toks[t]?.normal ?? '');
  if (!month || !countsPluralAfter(analysis, end, sentenceEnd)) return end;
  return day + 1;
}
