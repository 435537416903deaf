/**
 * Wire and web page furniture told by the shape of its line, whatever the page: lines a wire service or a
 * site puts around a report that are not reporting. Reads one cleaned line (white space collapsed) and says
 * what it is, or `null` for a line that may be the report:
 * - a wire editors' note: "Eds:" then what the new version changes ("Eds: UPDATES with comment from…
 *   Adds photo caption.");
 * - a wire slug: a story's key in hyphenated words with a double hyphen between desk and story, or a line
 *   ending with the story's length ("BC-TX--Redford-Settlement, 2nd Ld-Writethru, 1,010 words").
 * A long line of reporting whose last sentence is an appeal ending in the labels of links or buttons
 * ("…are undercounts. If you have a family story…, we'd like to hear it: [Share your story]") keeps its other
 * sentences: {@link withoutTrailingAppeal}.
 */

/** "Eds:" (or "Editors:") opening a note to the papers that take the wire. */
const EDITORS_NOTE = /^(?:eds|editors)\s*:\s*\S/i;
/**
 * A wire slug's key: capitalised parts joined by hyphens, with a double hyphen between desk and story
 * ("BC-TX--Redford-Settlement", "BC-AZ--Border Agent-Verdict").
 */
const SLUG_KEY = /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*--[A-Z]/;
/** A slug's tail: the story's length in words ("…, 2nd Ld-Writethru, 1,010 words"). */
const SLUG_LENGTH = /,\s*\d{1,3}(?:,\d{3})?\s+words$/i;
/** Longest slug, in words. */
const MAX_SLUG_WORDS = 12;

/** A link's or button's label: a capital or a digit, then a few words with no sentence punctuation or colon. */
const LINK_LABEL = String.raw`\[[\p{Lu}\d][^\[\]:.!?"“”]{0,40}\]`;
/** A line ending with one or more link labels. */
const ENDS_WITH_LABELS = new RegExp(String.raw`(?:^|\s)${LINK_LABEL}(?:\s*${LINK_LABEL})*\s*$`, 'u');
/**
 * Fewest words of a line for its appeal to be cut off rather than the line judged whole: a shorter line
 * ending in link labels is a banner or a notice, which this module leaves to the other rules.
 */
const MIN_REPORT_WORDS = 40;
/** A sentence's end followed by the next sentence's start. */
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}\d])/gu;

/** What `text` is when its shape says it is wire furniture, or `null`. */
export function furnitureShape(text: string): string | null {
  if (EDITORS_NOTE.test(text)) return "editors' note";
  if ((SLUG_KEY.test(text) || SLUG_LENGTH.test(text)) && wordsAtMost(text, MAX_SLUG_WORDS))
    return 'wire slug';
  return null;
}

/**
 * A long line whose last sentence ends with link labels: the line without that sentence, and the sentence.
 * `null` when the line is short, does not end so, quotes someone, or has one sentence only.
 */
export function withoutTrailingAppeal(text: string): { kept: string; appeal: string } | null {
  if (wordsAtMost(text, MIN_REPORT_WORDS) || /["“”]/.test(text)) return null;
  const labels = ENDS_WITH_LABELS.exec(text);
  if (!labels) return null;
  const ends = [...text.slice(0, labels.index).matchAll(SENTENCE_END)];
  const last = ends.at(-1);
  if (!last) return null;
  const cut = last.index + 1;
  return { kept: text.slice(0, cut).trim(), appeal: text.slice(cut).trim() };
}

/**
 * True when `text.split(' ').length <= max`, counting no further than that: a line of prose is over the
 * limit a few words in.
 */
export function wordsAtMost(text: string, max: number): boolean {
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) if (++words > max) return false;
  return true;
}
