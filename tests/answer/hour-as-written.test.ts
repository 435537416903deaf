/** A time of day on the hour is shown as the news writes it ("7 a.m."), not with minutes no one wrote. */
import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/answer/date.ts';

describe('a time of day in an answer', () => {
  it('shows an hour on the hour as "7 a.m." and "5 p.m."', () => {
    expect(formatClock('07:00')).toBe('7 a.m.');
    expect(formatClock('17:00')).toBe('5 p.m.');
  });

  it('keeps the minutes of any other time, and of noon and midnight', () => {
    expect(formatClock('11:30')).toBe('11:30 a.m.');
    expect(formatClock('12:00')).toBe('12:00 p.m.');
    expect(formatClock('00:00')).toBe('12:00 a.m.');
  });
});
