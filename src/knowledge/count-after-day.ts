/**
 * A four-digit figure written after a day of the month and a comma that counts the plural noun after it:
 * "On May 3, 1500 Mexican soldiers crossed" is 1,500 soldiers crossing on May 3, not a day of the year
 * 1500. The tagger takes the figure into the date, so "when did they cross?" was answered with a day five
 * centuries back and "how many crossed?" found no figure. A year is followed by a comma ("On May 3, 1846,
 * the army…") or by the clause's own words ("On May 3, 1846 the army…"), not by the noun it would count.
 * A figure among the years the number reader reads as years (found-numbers.ts, YEAR_MIN on) stays the
 * date's year, plural noun or not: a centenary story's "On March 9, 1916 raiders under Pancho Villa
 * crossed" dates the raid (tests/knowledge/year-after-day-before-plural.test.ts).
 */
import type { Token } from '../nlp/pipeline.ts';
import { YEAR_MIN } from './found-numbers.ts';

/** The smallest figure read as a count here: below it a figure after a day is no year a date writes out. */
const SMALLEST_COUNT = 1000;
/** Words that may stand between the figure and the noun it counts ("1500 Mexican soldiers"). */
const MAX_MODIFIERS = 2;
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'PROPN']);
/** A day of the month as a token: "3", "24th", "3d". */
const DAY_TOKEN = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?$/;

/**
 * True when the token at `t` is a four-digit figure below the years read as years, written right after a
 * day of the month and a comma, and followed (past at most {@link MAX_MODIFIERS} adjectives or proper
 * adjectives, with no comma) by a plural common noun, which it counts.
 */
export function countsAfterDay(toks: readonly Token[], t: number, sentenceEnd: number): boolean {
  const figure = toks[t];
  if (!figure || !/^\d{4}$/.test(figure.value)) return false;
  const value = Number(figure.value);
  if (value < SMALLEST_COUNT || value >= YEAR_MIN) return false;
  if (toks[t - 1]?.value !== ',' || !DAY_TOKEN.test(toks[t - 2]?.value ?? '')) return false;
  let k = t + 1;
  while (k < sentenceEnd && k - t - 1 < MAX_MODIFIERS && MODIFIER_POS.has(toks[k]?.pos ?? '')) k++;
  const noun = toks[k];
  return k < sentenceEnd && noun !== undefined && noun.pos === 'NOUN' && noun.lemma !== noun.normal;
}
