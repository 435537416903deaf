/**
 * Clock times given to their days: a time written beside a day ("at 5 p.m. Sunday", "Monday, 8:05 a.m.") joins
 * that day's date; one with no day beside it becomes a date of its own on the day {@link ClockDays} says.
 */
import type { WorkingSentence } from './annotate.ts';
import { onlyJoiners } from './clock-times.ts';
import type { FoundDate } from './facts.ts';
import type { IsoDate } from './schema.ts';

/**
 * The days a clock time with no day beside it falls on: `entry`, the day the last time-stamped entry that
 * named one gave ("Monday, 8:05 a.m. — …"); `first`, the first day the article names (the day its report is
 * about). An entry that starts with a bare time ("11:30 a.m. — CBP closes …") is on `entry`, else `first`; a
 * time in a sentence of prose is on the last day named before it.
 */
export interface ClockDays {
  entry: IsoDate | null;
  first: IsoDate | null;
}

/** A clock time the text writes, over tokens `[start, end)`, as `HH:MM`. */
export interface ClockSpan {
  start: number;
  end: number;
  time: string;
}

/** A date found, with its tokens `[from, to)`. */
export type DateWithTokens = FoundDate & { from: number; to: number };

/** A date found, without its tokens. */
export function withoutTokens({ from: _from, to: _to, ...d }: DateWithTokens): FoundDate {
  return d;
}

/**
 * Gives each clock time to the day written beside it ("at 5 p.m. Sunday", "Monday, 8:05 a.m."), or makes
 * it a date of its own on the day {@link ClockDays} says; in the order written.
 */
export function withClockTimes(
  sentence: WorkingSentence,
  found: DateWithTokens[],
  clocks: readonly ClockSpan[],
  published: IsoDate,
  anchor: IsoDate | null,
  clockDays: ClockDays,
): FoundDate[] {
  const { analysis } = sentence;
  const toks = analysis.tokens;
  const out = [...found];
  // Dates and clocks are both in the order written: one pass over each.
  let next = 0;
  let dayBefore: IsoDate | undefined;
  for (const c of clocks) {
    for (let d = found[next]; d && d.to <= c.start; d = found[++next])
      if (d.precision === 'day') dayBefore = d.date;
    const joins = (d: (typeof found)[number] | undefined, side: boolean) =>
      d !== undefined && d.precision === 'day' && d.time === undefined && side;
    const before = found[next - 1];
    const after = found[next];
    const beside = joins(before, before !== undefined && onlyJoiners(toks, before.to, c.start))
      ? before
      : joins(after, after !== undefined && onlyJoiners(toks, c.end, after.from))
        ? after
        : undefined;
    if (beside) {
      const start = Math.min(beside.from, c.start);
      const end = Math.max(beside.to, c.end);
      beside.text = analysis.text.slice(toks[start]?.start ?? 0, toks[end - 1]?.end ?? 0);
      beside.time = c.time;
      beside.from = start;
      beside.to = end;
      continue;
    }
    const entry = c.start === sentence.tokenStart;
    const date = entry
      ? (clockDays.entry ?? clockDays.first ?? published)
      : (dayBefore ?? anchor ?? published);
    const text = analysis.text.slice(toks[c.start]?.start ?? 0, toks[c.end - 1]?.end ?? 0);
    out.push({ text, date, end: null, precision: 'day', time: c.time, from: c.start, to: c.end });
  }
  out.sort((a, b) => a.from - b.from);
  return out.map(withoutTokens);
}
