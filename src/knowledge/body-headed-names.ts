/**
 * A name whose last word is a noun for a body of people is that body's: "The National Border Patrol
 * Council, the agents' union, said". English puts the head of a name last, and a person's surname is no
 * word whose first sense WordNet files under organization (army, council, corps, battalion, commission). A
 * middle initial keeps a person ("Franklin K. Church"). The word vectors cannot guard a first name: they
 * lean "National" and "Joint" to "he" as much as "Frank". Read of a speaker's name the people finder
 * found no run for (annotate.ts); read of every run of names it cost answers (see the commit).
 */
import { singularOf } from '../nlp/singular.ts';

/** What the rule needs to know about words. */
export interface BodyHeadWords {
  /** True for a lower-case noun lemma whose first sense is a body of people ("army", "council"). */
  isBody: (lemma: string) => boolean;
  isEnglishWord: (word: string) => boolean;
}

/** A capitalised word: a name's word, not an initial, a number or a particle. */
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** One capital letter and its full stop, or the letter alone: a middle initial ("K."). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * True when `words` (a name of two words or more, as written) end with a capitalised English noun whose
 * first sense is a body of people (singular or plural: "Councils"), with no initial among them.
 */
export function isBodyHeadedName(words: readonly string[], reader: BodyHeadWords): boolean {
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || !CAPITALISED_WORD.test(last)) return false;
  if (words.some((w) => INITIAL.test(w))) return false;
  const lower = last.toLowerCase();
  // "Secretariat" is no word of the English model's lexicon, but WordNet files it under organization.
  if (reader.isBody(lower)) return true;
  const lemma = reader.isEnglishWord(lower) ? lower : singularOf(lower, { longerThan: 3 });
  return reader.isEnglishWord(lemma) && reader.isBody(lemma);
}
