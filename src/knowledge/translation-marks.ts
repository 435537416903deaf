/**
 * Words that say the quotation after them renders what was just said in another language: 'Translation: "…"',
 * 'In English: "…"'. The rendering is said by whoever said the words it renders.
 */

/** At most this many characters of a sentence before its quotation are read for a mark of translation. */
const MAX_MARK_CHARS = 40;
/** Nothing but a mark of translation and its colon. */
const TRANSLATION_MARK = /^[\s"“”]*(?:translation|translated|in english|english translation)\s*:\s*$/i;

/** True when `opening`, the words of a sentence before its quotation, are only a mark of translation. */
export function isTranslationMark(opening: string): boolean {
  return opening.length <= MAX_MARK_CHARS && TRANSLATION_MARK.test(opening);
}
