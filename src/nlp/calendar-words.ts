/**
 * The names of the months and the days of the week, as written in English: capitalised like names, and never
 * a place's or a body's name ("in March", "the ministry Tuesday").
 */

/** Month names in calendar order. */
export const LONG_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Weekday names, Sunday first (as `Date.getUTCDay` counts). */
export const WEEKDAYS: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

const CALENDAR_NAMES: ReadonlySet<string> = new Set(
  [...LONG_MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()),
);

/** Whether `word` (any case) is a month's or a weekday's name. */
export function isCalendarName(word: string): boolean {
  return CALENDAR_NAMES.has(word.toLowerCase());
}

/** A day of the month as written after its month's name ("11", "11th", "2d"). */
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?$/;

/**
 * True when `word` is a month's name and `next`, the word after it, a day of the month: "May 11th" is a date,
 * not the surname of a Capt. May the article names.
 */
export function opensDayOfMonth(word: string, next: string | undefined): boolean {
  return LONG_MONTHS.includes(word) && next !== undefined && isDayOfMonth(next);
}

/** Whether `word` is a day of the month as written after its month's name ("11", "11th", "2d"). */
export function isDayOfMonth(word: string): boolean {
  return DAY_OF_MONTH.test(word);
}

/**
 * Whether `word` is a month's name or an abbreviation papers write for it, capitalised ("September", "Sept.",
 * "Sep", "Dec."): the first three or four letters, with or without a full stop.
 */
export function isMonthWord(word: string): boolean {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return LONG_MONTHS.some((m) => m === bare || m.slice(0, 3) === bare || m.slice(0, 4) === bare);
}
