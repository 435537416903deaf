/**
 * Calendar arithmetic on ISO days ("2025-05-03") for resolving dates in articles. Days are counted from
 * 1970-01-01 in whole numbers instead of through `Date` objects and `toISOString`, which cost several times
 * more; the answers are those of `Date.UTC`, falling back to it where it reads years its own way (a year
 * under 100 is 1900 + the year) or where `toISOString` writes one in the extended form (past 9999).
 */
import type { IsoDate } from './schema.ts';

const DAY_MS = 86_400_000;
/** Years whose days are worked out here; `Date` answers for the others. */
const FIRST_PLAIN_YEAR = 100;
const LAST_PLAIN_YEAR = 9999;

/** Year, month (1–12) and day of an ISO day; the parts it leaves out are 1970, 1 and 1. */
export function parseDay(day: IsoDate): { y: number; m: number; d: number } {
  // An article's dates are mostly worked out from its one publication day: the last day read is kept.
  if (day === lastDayParsed.day) return lastDayParsed.parsed;
  const parsed = plainDay(day) ?? splitDay(day);
  lastDayParsed = { day, parsed };
  return parsed;
}

/** The parts of a day written in full, "YYYY-MM-DD" in digits, read by character codes: no split, no list. */
function plainDay(day: string): { y: number; m: number; d: number } | null {
  if (day.length !== 10 || day.charCodeAt(4) !== DASH || day.charCodeAt(7) !== DASH) return null;
  const y = digitsAt(day, 0, 4);
  const m = digitsAt(day, 5, 7);
  const d = digitsAt(day, 8, 10);
  return y < 0 || m < 0 || d < 0 ? null : { y, m, d };
}

/** The number the decimal digits of `text` in [from, to) write, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Any other day ("2025-05", "2025"), part by part as `Number` reads them. */
function splitDay(day: string): { y: number; m: number; d: number } {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return { y, m, d };
}

const DASH = 0x2d;
const ZERO = 0x30;

let lastDayParsed: { day: string | null; parsed: { y: number; m: number; d: number } } = {
  day: null,
  parsed: { y: 1970, m: 1, d: 1 },
};

/** The day `d` of month `m` of year `y`, or `null` when the month has no such day. */
export function isoDay(y: number, m: number, d: number): IsoDate | null {
  if (!plainYear(y) || !plainMonth(m) || !Number.isInteger(d)) return isoDayByDate(y, m, d);
  return d >= 1 && d <= daysInMonth(y, m) ? `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` : null;
}

/** The month `m` of year `y` ("2025-05"); a month past December or before January rolls into the next year or the last. */
export function monthOf(y: number, m: number): IsoDate {
  if (!plainYear(y) || !Number.isInteger(m)) return new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 7);
  const year = y + Math.floor((m - 1) / 12);
  const month = m - 12 * Math.floor((m - 1) / 12);
  if (year < 0 || year > LAST_PLAIN_YEAR) return new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 7);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: IsoDate, n: number): IsoDate {
  const { y, m, d } = parseDay(day);
  if (!plainYear(y) || !plainMonth(m) || !Number.isInteger(d) || !Number.isInteger(n))
    return new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10);
  const out = civilFromDays(daysFromCivil(y, m, d) + n);
  if (out.y < 0 || out.y > LAST_PLAIN_YEAR)
    return new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10);
  return `${pad(out.y, 4)}-${pad(out.m, 2)}-${pad(out.d, 2)}`;
}

/** The day of the week of `day`, 0 for Sunday. */
export function weekday(day: IsoDate): number {
  const { y, m, d } = parseDay(day);
  if (!plainYear(y) || !plainMonth(m) || !Number.isInteger(d))
    return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  // 1970-01-01 was a Thursday.
  return (((daysFromCivil(y, m, d) + 4) % 7) + 7) % 7;
}

/**
 * The year that puts month/day closest to the publication date, among the years that have that day (a
 * 29 February published on 1 March 2025 is 2024's, not an invalid 2025 date).
 */
export function nearestYear(pub: { y: number; m: number; d: number }, month: number, day: number): number {
  const at = Date.UTC(pub.y, pub.m - 1, pub.d);
  let best = pub.y;
  let bestGap = Infinity;
  for (const y of [pub.y - 1, pub.y, pub.y + 1]) {
    if (isoDay(y, month, day) === null) continue;
    const gap = Math.abs(Date.UTC(y, month - 1, day) - at);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

function isoDayByDate(y: number, m: number, d: number): IsoDate | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

function plainYear(y: number): boolean {
  return Number.isInteger(y) && y >= FIRST_PLAIN_YEAR && y <= LAST_PLAIN_YEAR;
}

function plainMonth(m: number): boolean {
  return Number.isInteger(m) && m >= 1 && m <= 12;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 31);
}

/** Days from 1970-01-01 to year `y`, month `m` (1–12), day `d` (any whole number, rolling over as `Date` does). */
function daysFromCivil(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil: years counted from March, so the leap day ends the year.
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month and day `days` days after 1970-01-01 (Hinnant's civil_from_days). */
function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
