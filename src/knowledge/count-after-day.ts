/**
 * A four-digit figure written after a day of the month that counts the noun after it: "On May 3, 1500
 * Mexican soldiers crossed" is 1,500 soldiers crossing on May 3, "On May 3, 1200 head of cattle were
 * driven" 1,200 head. The tagger takes such a figure into the date, so "when did they cross?" was answered
 * with a day in the year 1500 and "how many?" found no figure.
 *
 * The words after the figure cannot tell a count from a year on their own: "On May 5, 1862 Mexican soldiers
 * … defeated the French" and "On March 9, 1916 raiders … crossed" are tagged word for word as "1500 Mexican
 * soldiers" is, and both are dates (tests/answer/year-after-day.test.ts,
 * tests/knowledge/year-after-day-before-plural.test.ts). They say whether the figure can count (a plural
 * noun, or a measure of one, follows); the figure says whether it does: a head-count written in four
 * figures is a round one, a year is so one time in a hundred. In the tuned fixtures and sources the
 * comma-less four-figure counts are "1200 men" and "1000 guard troops", and the years written before a
 * noun ("1916 raiders", "1915 raids", "1912 refugees", "1865 troops") none of them round. Two rules
 * that judged by the words after the figure alone, or by the story's year, were reverted for those dates.
 */
import type { Token } from '../nlp/pipeline.ts';
import { isDayOfMonth } from '../nlp/calendar-words.ts';

/** A four-digit head-count is rounded to this; a year is a multiple of it once a century. */
const COUNT_ROUNDED_TO = 100;
/** Adjectives or proper adjectives that may stand between the figure and its noun ("1500 Mexican soldiers"). */
const MAX_MODIFIERS = 2;
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'PROPN']);

/**
 * True when the words from token `from` open a noun phrase a figure can count: past at most
 * {@link MAX_MODIFIERS} adjectives, a plural common noun ("Mexican soldiers") or a singular one measuring
 * a noun after "of" with no article ("head of cattle"); a singular noun alone ("the May 3, 1900 report")
 * is something the date qualifies.
 */
function opensCountedNoun(toks: readonly Token[], from: number, sentenceEnd: number): boolean {
  let k = from;
  while (k < sentenceEnd && k - from < MAX_MODIFIERS && MODIFIER_POS.has(toks[k]?.pos ?? '')) k++;
  const noun = toks[k];
  if (k >= sentenceEnd || !noun || noun.pos !== 'NOUN') return false;
  if (noun.lemma !== noun.normal) return true;
  return k + 2 < sentenceEnd && toks[k + 1]?.normal === 'of' && toks[k + 2]?.pos === 'NOUN';
}

/**
 * True when the token at `t` is a round four-digit figure written right after a day of the month (after a
 * comma or not) and before a noun phrase it counts ({@link opensCountedNoun}): a count, not the date's year.
 */
export function countsAfterDay(toks: readonly Token[], t: number, sentenceEnd: number): boolean {
  const figure = toks[t];
  if (!figure || !/^\d{4}$/.test(figure.value) || Number(figure.value) % COUNT_ROUNDED_TO !== 0) return false;
  const day = toks[t - 1]?.value === ',' ? t - 2 : t - 1;
  if (!isDayOfMonth(toks[day]?.value ?? '')) return false;
  return opensCountedNoun(toks, t + 1, sentenceEnd);
}

/**
 * The end of a date at tokens `[start, end)` without the count it ends with ({@link countsAfterDay}): "May 3,
 * 1500" before "Mexican soldiers" ends after "3". `end` when the date ends with no such figure.
 */
export function endBeforeCount(
  toks: readonly Token[],
  start: number,
  end: number,
  sentenceEnd: number,
): number {
  if (!countsAfterDay(toks, end - 1, sentenceEnd)) return end;
  const day = toks[end - 2]?.value === ',' ? end - 3 : end - 2;
  return day > start ? day + 1 : end;
}
