/**
 * A date the tagger reads as a span of time because a bound opens it: "until Monday", "till July" come out of
 * the tagger as a DURATION, not a DATE, so the day or month they end at was never read ("Saloons closed until
 * Monday", "nobody paid until July"). English grammar, not the domain: after "until" or "till", a month or a
 * weekday names the time the act lasts to. A month with its day ("until March 31") is read as a date already
 * (facts.ts reads a month and a day the tagger missed) and is left to that reading.
 */
import type { Token, TokenSpan } from '../nlp/analysis.ts';

/** Bounds that end an act at a time ahead of it. */
export const UNTIL_WORDS: ReadonlySet<string> = new Set(['until', 'till']);

/**
 * The tokens of a date a DURATION span `span` holds when it is a bound and a bare month or weekday ("until
 * Monday", "until Monday morning", "till July"), from the bound on; `null` for any other span ("for two weeks",
 * "until March 31").
 */
export function untilDateSpan(
  toks: readonly Token[],
  span: TokenSpan,
  isMonth: (normal: string) => boolean,
  isWeekday: (normal: string) => boolean,
): TokenSpan | null {
  if (!UNTIL_WORDS.has(toks[span.start]?.normal ?? '')) return null;
  const named = toks[span.start + 1];
  if (!named || !(isMonth(named.normal) || isWeekday(named.normal))) return null;
  const after = toks[span.start + 2];
  if (after && /^\d/.test(after.value)) return null;
  return { start: span.start, end: span.start + 2 };
}
