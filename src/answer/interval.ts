/**
 * Questions of the time between two events ("How long after the shooting was the head dropped off?"): a
 * figure the knowledge marks as a distance in time ("twelve days after the shooting") answers them, which
 * for any other "how long" is no span of anything ("two days after orders went out" is not how long troops
 * stayed).
 */

/** "How long after", "how many days before": the word relating the asked event to the other one. */
const INTERVAL_ASKED =
  /\bhow (?:long|many (?:minutes|hours|days|weeks|months|years)|much time)\s+(after|before)\b/i;
/** Words a sentence gives a distance in time with, for each word a question asks it with. */
const OFFSET_WORDS: Readonly<Record<string, readonly string[]>> = {
  after: ['after', 'later', 'afterward', 'afterwards'],
  before: ['before', 'earlier'],
};

/** The word of a question asking the time between two events ("after", "before"), or `null`. */
export function askedInterval(question: string): 'after' | 'before' | null {
  const m = INTERVAL_ASKED.exec(question);
  return m ? (m[1]!.toLowerCase() as 'after' | 'before') : null;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when a figure marked as a distance in time (`text` and the unit it `counts`, "twelve" "days") is
 * given in `sentence` with a word of the asked interval after it ("twelve days after"): it answers "how long
 * after". Not "two days before" for "how long after".
 */
export function givesInterval(
  interval: 'after' | 'before',
  figure: { text: string; counts: string },
  sentence: string,
): boolean {
  const words = OFFSET_WORDS[interval]!.join('|');
  return new RegExp(`${escaped(figure.text)}\\s+${escaped(figure.counts)}\\s+(?:${words})\\b`, 'i').test(
    sentence,
  );
}
