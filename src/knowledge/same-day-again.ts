/**
 * A month and day an article writes again without a year are the day it read them as first. A lede dates
 * "On June 15 the Supreme Court ruled…" to the year of publication; when the body comes back to "On June 15
 * the Supreme Court … reversed them" after a sentence about a treaty "signed in 1978", that later "June 15"
 * is the lede's day, not a day of 1978.
 */
import type { IsoDate } from './schema.ts';

/** The days of the month an article has read, by month and day ("06-15"), each the first day read as it. */
export type DaysRead = Map<string, IsoDate>;

/** The key of `date`'s month and day. */
function monthDay(date: IsoDate): string {
  return date.slice(5, 10);
}

/**
 * The day a month and day written without a year (`date`, as read in its own sentence) names: the day the
 * article read the same month and day as first, else `date`. Notes `date` as first read when none was.
 * `bare` is false for a day written with its year or not by its month's name: those are read as written.
 */
export function dayReadFirst(days: DaysRead, date: IsoDate, bare: boolean): IsoDate {
  const key = monthDay(date);
  const first = days.get(key);
  if (first === undefined) {
    days.set(key, date);
    return date;
  }
  return bare ? first : date;
}
