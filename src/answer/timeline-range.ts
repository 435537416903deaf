/**
 * The bounds a user gives the timeline command (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, either optional), checked
 * before any event is looked up: a bound that is no date that exists, or a range that starts after it ends,
 * is told back to the user with how to write it. Read by the engine's timeline (engine.ts).
 */
import { isIsoDay } from '../knowledge/iso-day.ts';
import { escapeMarkdown } from './text.ts';

/** A year, a month or a day that exists: 2018, 2019-06, 2025-05-03 (not 2018-13 or 2019-02-30). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return false;
  return isIsoDay(text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text);
}

/** What is wrong with the range from `from` to `to`, as a reply to the user; `null` when nothing is. */
export function wrongRange(from: string | null, to: string | null): string | null {
  const bad = [from, to].find((d): d is string => d !== null && !isCalendarDate(d));
  if (bad !== undefined)
    return `“${escapeMarkdown(bad.slice(0, 40))}” is not a date: dates look like 2018, 2019-06 or 2025-05-03.`;
  if (from !== null && to !== null && from.slice(0, to.length) > to)
    return `The range starts after it ends (${from} to ${to}): try ${to} to ${from}.`;
  return null;
}
