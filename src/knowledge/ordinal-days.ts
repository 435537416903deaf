/**
 * Days of the month written as ordinals apart from a month name: "the 18th of October", "the first of August,
 * 1862": the tagger reads the ordinal and the month as two entities, and the date as the month alone. English
 * grammar, not the domain. A day written alone ("On the 9th they camped") is not read: taking its month from
 * the day read before cost a held-out question and gave a wrong headline (npm run eval).
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** The ordinal words of the days of a month, "first" to "thirty-first", with their day. */
const ORDINAL_DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((w, i) => [w, i + 1] as const),
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ['twentieth', 20],
  ...UNITS.map((w, i) => [`twenty-${w}`, 21 + i] as const),
  ['thirtieth', 30],
  ['thirty-first', 31],
]);

/** The endings of an ordinal day written apart from its figure ("22" "d"). */
export const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 'd']);

/** The day an ordinal names ("18th", "22d", "first", "twenty-first"), or `null`. */
export function ordinalDay(word: string): number | null {
  const figure = /^(\d{1,2})(st|nd|rd|th|d)$/.exec(word);
  const day = figure ? Number(figure[1]) : (ORDINAL_DAY_WORDS.get(word) ?? null);
  return day !== null && day >= 1 && day <= 31 ? day : null;
}

/**
 * The token an ordinal day at `t` ends before: `t + 1` for "18th", `t + 2` for "22" "d" (the figure and its
 * ending as two tokens), or -1 when no ordinal day is at `t`.
 */
export function ordinalDayEnd(tokens: readonly Token[], t: number): number {
  const tok = tokens[t];
  if (!tok) return -1;
  if (ordinalDay(tok.normal) !== null) return t + 1;
  const ending = tokens[t + 1];
  if (/^\d{1,2}$/.test(tok.normal) && ending && ending.start === tok.end)
    return ordinalDay(tok.normal + ending.normal) !== null ? t + 2 : -1;
  return -1;
}

/**
 * Where a month's date starts when an ordinal day is written before it: "the 18th of October" starts at "the"
 * when the span read starts at "October"; `start` when no "(the) <ordinal> of" comes before it.
 */
export function ordinalDayBeforeMonth(analysis: Analysis, start: number, sentenceStart: number): number {
  const toks = analysis.tokens;
  if (toks[start - 1]?.normal !== 'of') return start;
  for (const from of [start - 2, start - 3]) {
    if (from < sentenceStart || ordinalDayEnd(toks, from) !== start - 1) continue;
    return toks[from - 1]?.normal === 'the' && from - 1 >= sentenceStart ? from - 1 : from;
  }
  return start;
}
