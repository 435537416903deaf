/**
 * Names of a body of soldiers by what its men are, in the plural: "Capt. May, of the Second Dragoons", "the
 * Texas Volunteers", "the First Marines". English puts the word for what a name names last; when that word
 * is the plural of a noun for a serviceman (WordNet files the first sense of "dragoon", "volunteer" and
 * "marine" under serviceman) and every word of the name is a common English word, the name is a group's,
 * not one man's. A title, an age or "who…" still vouches for a person wherever it stands (people.ts).
 */
import { singularOf } from '../nlp/singular.ts';

/** Patterns with `\p{…}`, built once (see src/nlp/letter-tests.ts). */
const LOWER_WORD = /^\p{Ll}+$/u;

/** What the test needs to know about words. */
export interface ServicemenWords {
  /** True for a lower-case English word. */
  isEnglishWord: (word: string) => boolean;
  /** True for a noun lemma whose first sense is a serviceman ("dragoon", "volunteer", "marine"). */
  isServiceman: (lemma: string) => boolean;
}

/** The singular a plural English noun is written from ("dragoons" → "dragoon"), or `null`. */
function singularOfPlural(word: string): string | null {
  const one = singularOf(word, { longerThan: 1 });
  return one === word ? null : one;
}

/**
 * True when the name of `words` (as written, without a title) ends in the plural of a noun for a serviceman
 * and is made of common English words: "Second Dragoons" is a regiment, not a man.
 */
export function namesServicemen(words: readonly string[], read: ServicemenWords): boolean {
  if (words.length < 2) return false;
  const lower = words.map((w) => w.toLowerCase());
  const head = lower.at(-1) ?? '';
  const singular = singularOfPlural(head);
  if (singular === null || !read.isServiceman(singular) || read.isServiceman(head)) return false;
  // "Dragoons": the English model may know a noun in the singular only.
  return lower.every(
    (w, k) =>
      LOWER_WORD.test(w) &&
      (read.isEnglishWord(w) || (k === lower.length - 1 && read.isEnglishWord(singular))),
  );
}
