import { describe, expect, it } from 'vitest';
import { addDays, isoDay, monthOf, parseDay, weekday } from '../../src/knowledge/calendar.ts';

const DAY_MS = 86_400_000;
/** The `Date` answers the arithmetic replaces. */
const byDate = {
  isoDay(y: number, m: number, d: number): string | null {
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d ? null : t.toISOString().slice(0, 10);
  },
  monthOf: (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 7),
  parts: (day: string) => day.split('-').map(Number) as [number, number, number],
};
const YEARS = [-1, 0, 50, 99, 100, 101, 1899, 1900, 1970, 1999, 2000, 2023, 2024, 2025, 2100, 9999, 10000];
const DAYS = [
  '0100-01-01',
  '1900-02-28',
  '1970-01-01',
  '2000-02-29',
  '2024-02-28',
  '2024-12-31',
  '9999-12-31',
];

describe('isoDay', () => {
  it('returns the day Date.UTC gives, or null when the month has no such day', () => {
    for (const y of YEARS)
      for (let m = 0; m <= 13; m++)
        for (const d of [0, 1, 28, 29, 30, 31, 32]) expect(isoDay(y, m, d)).toBe(byDate.isoDay(y, m, d));
  });
});

describe('monthOf', () => {
  it('rolls a month past December or before January into the next year or the last, as Date.UTC does', () => {
    for (const y of YEARS) for (let m = -13; m <= 26; m++) expect(monthOf(y, m)).toBe(byDate.monthOf(y, m));
  });
});

describe('addDays', () => {
  it('returns the day Date gives n days later or earlier', () => {
    for (const day of DAYS)
      for (const n of [-400_000, -366, -1, 0, 1, 59, 365, 366, 3_000_000]) {
        const [y, m, d] = byDate.parts(day);
        expect(addDays(day, n)).toBe(new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10));
      }
  });
});

describe('weekday', () => {
  it('returns the day of the week Date gives, 0 for Sunday', () => {
    for (const day of DAYS) {
      const [y, m, d] = byDate.parts(day);
      expect(weekday(day)).toBe(new Date(Date.UTC(y, m - 1, d)).getUTCDay());
    }
  });
});

describe('parseDay', () => {
  it('reads a day written in full as splitting it at its dashes does', () => {
    for (const day of [...DAYS, '0000-00-00', '2025-13-45']) {
      const [y, m, d] = byDate.parts(day);
      expect(parseDay(day)).toEqual({ y, m, d });
    }
  });

  it('reads a month, a year or a day not in digits part by part as Number does, the parts left out 1970, 1, 1', () => {
    expect(parseDay('2025-05')).toEqual({ y: 2025, m: 5, d: 1 });
    expect(parseDay('2025')).toEqual({ y: 2025, m: 1, d: 1 });
    expect(parseDay('20x5-05-03')).toEqual({ y: NaN, m: 5, d: 3 });
    expect(parseDay('+02025-05-03')).toEqual({ y: 2025, m: 5, d: 3 });
  });
});
