/**
 * Spans a count question asks ("how long", "how old", "how much time", "how far"): whether it asks one, and
 * the units a figure answering it counts (of time, of length, or both for "how long was the tunnel"). Read
 * from the question's text; count.ts keeps a figure in those units over any other.
 */

/** Units of length: "how long was the tunnel?" counts them ("some 1,744 feet", "a 200-foot passage"). */
const LENGTH_UNITS: ReadonlySet<string> = new Set([
  'foot',
  'feet',
  'mile',
  'yard',
  'meter',
  'metre',
  'kilometer',
  'kilometre',
]);
/**
 * "How long" asked with "be" ("how long was the tunnel", "how long is the wall") or of a noun ("how long a
 * stretch are they watching"), which a length answers as well as a span of time.
 */
const LENGTH_ASKED = /\bhow long (?:is|was|are|were|an?)\b/i;

/** "How far", which a length answers ("about 42 miles east of the mouth of the Rio Grande"). */
const DISTANCE_ASKED = /\bhow far\b/i;

/**
 * "How much time", "how much prison time": an amount of time, which a span in its units answers ("57 months
 * in prison"), as "how long" is.
 */
const TIME_ASKED = /\bhow much (?:[a-z]+ )?time\b/i;

/** What a "how long" (or "how old") question counts. */
const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
]);

/**
 * What "how old" counts: an age, in days to decades. A figure in hours or minutes ("an eight hours' ride" in
 * the sentence naming the person asked about) is no one's age.
 */
const AGE_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'decade']);

/** "How old…": an age. */
const AGE_ASKED = /\bhow old\b/i;

/** "How far offshore was the boat stopped?": a distance, counted in units of length. */
export function asksDistance(text: string): boolean {
  return DISTANCE_ASKED.test(text);
}

/** "How long", "how old", "how much time": a span of time (or, for "how long", a length). */
export function asksTimeSpan(text: string): boolean {
  return /\bhow (long|old)\b/i.test(text) || TIME_ASKED.test(text);
}

/**
 * The units a figure answering a span counts: of length for a distance, of an age for "how old", of time
 * otherwise. "How long was the first tunnel?": asked with "be", "how long" may ask a length as well as a span
 * of time.
 */
export function spanUnits(text: string, distance: boolean): ReadonlySet<string> {
  return distance
    ? LENGTH_UNITS
    : AGE_ASKED.test(text)
      ? AGE_UNITS
      : LENGTH_ASKED.test(text)
        ? new Set([...TIME_UNITS, ...LENGTH_UNITS])
        : TIME_UNITS;
}
