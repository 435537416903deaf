/**
 * A capitalised word for what a person is, which the article also writes in lower case as a common noun,
 * written before the surname of someone the article already named, is a title, not a first name: after
 * "Marisol Quintanilla, an interpretive ranger", "Ranger Quintanilla said" is Quintanilla again, not a new
 * "Ranger Quintanilla". "Donna Vickery" stays a name: the article never writes "donna".
 */
import { isCapitalisedWord } from '../nlp/letter-tests.ts';

/** What the reading asks of the article's lexicon. */
export interface RoleWordReader {
  isPersonNoun(lemma: string): boolean;
  isEnglishWord(word: string): boolean;
  /** True for a noun lemma the article writes in lower case somewhere ("an interpretive ranger"). */
  writtenInLowerCase(lemma: string): boolean;
}

/**
 * True when `words` are two: a capitalised English noun for a person ("Ranger", "Teacher") the article
 * writes in lower case elsewhere, and one of `surnames`, the surnames of people the article named before.
 */
export function roleBeforeKnownSurname(
  words: readonly string[],
  surnames: ReadonlySet<string>,
  reader: RoleWordReader,
): boolean {
  if (words.length !== 2) return false;
  const [role = '', surname = ''] = words;
  if (!isCapitalisedWord(role) || !surnames.has(surname)) return false;
  const lemma = role.toLowerCase();
  return reader.isEnglishWord(lemma) && reader.writtenInLowerCase(lemma) && reader.isPersonNoun(lemma);
}
