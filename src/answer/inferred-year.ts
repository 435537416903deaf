/**
 * A date whose year the article does not write ("Thursday, the 29th", "Oct. 18") takes its year from the
 * article's publication; when the question names a year and that is not it, the day may be the one asked
 * ("the fiftieth anniversary of the day in 1892") but the year resolved is another event's, so the date is no
 * headline for what is asked.
 */
import type { DateFact } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';

/** A year written out in a date's words ("1892", "2019"). */
const WRITTEN_YEAR = /(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)/;
/** A question's word that is a year: four digits from 1500 ("in 1846"), wider than the retrieval's years. */
const YEAR_WORD = /^(?:1[5-9]|20)\d{2}$/;

/** The years a question's words name, of any century the coverage tells of. */
export function yearsAsked(tokens: readonly Pick<Token, 'value'>[]): number[] {
  return tokens.filter((t) => YEAR_WORD.test(t.value)).map((t) => Number(t.value));
}

/**
 * True when `d` was given its year by the article, not its own words, and the question (`askedYears`, the
 * years it names) asks about none of the year that makes.
 */
export function yearInferredAgainstAsked(
  d: Pick<DateFact, 'text' | 'date'>,
  askedYears: readonly number[],
): boolean {
  if (askedYears.length === 0 || WRITTEN_YEAR.test(d.text)) return false;
  const year = Number(d.date.slice(0, 4));
  return Number.isFinite(year) && !askedYears.includes(year);
}
