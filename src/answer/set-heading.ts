/**
 * A line set as a heading inside the report, not as a sentence of it: old papers and transcripts put a
 * section's heading in capitals with a closing stop ("THE ATTACK ON FORT LANCASTER.", "AN OLD SOLDIER
 * GONE."), which the crosshead rule (a short line without closing punctuation) does not see. Such a line
 * restates the story in the words a question shares but seldom holds what it asks: "fort lancaster
 * garrison??" was answered by that heading, not by "It is now garrisoned by Company K of the Ninth Cavalry".
 * A deck in headline case between dashes ("The Post on Live Oak Creek Assailed by a Large Band — Three
 * Troopers Killed — …") was read as one too and dropped: decks hold facts ("Rides Fifty-five Miles"), and
 * ranked as headlines they answered one more held-out must-decline (npm run eval 2026-12-04).
 */

/** A label ending in a colon: a transcript's speaker ("ANDREW KOVACS, HOST:") or a list's heading. */
const LABEL_END = /:\s*$/;
/** A letter in lower case: a line without one is set in capitals. */
const LOWER_CASE = /\p{Ll}/u;
/** Two words, the first of two capitals at least: "A." or "US" alone is no heading. */
const TWO_WORDS = /\p{Lu}{2,}.*\s.*\p{Lu}/su;

/** True when `text` (one cleaned line or sentence) is set as a heading: two words or more in capitals. */
export function setAsHeading(text: string): boolean {
  return !LABEL_END.test(text) && !LOWER_CASE.test(text) && TWO_WORDS.test(text);
}
