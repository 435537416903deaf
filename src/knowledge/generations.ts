/**
 * Which of two people sharing a surname a generational word points to: "Vela Jr." is the one whose name
 * ends in "Jr.", not his father Rogelio Vela Sr.; "the elder Vela" is the one named "Sr.", or the older by
 * the ages the article gives ("Tom Hadley, 71" beside "Cody Hadley, 44").
 */
import { NAME_SUFFIX } from './name-words.ts';

/** What this module reads of a person. */
interface Generational {
  name: string;
  /** The age the article gives with the name ("Tom Hadley, 71,"), when it gives one. */
  age?: number;
}

/** Suffixes of the older generation, then of the younger. */
const ELDER_SUFFIXES: ReadonlySet<string> = new Set(['sr']);
const YOUNGER_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'ii', 'iii', 'iv']);
/** Adjectives that compare two generations ("the elder Hadley", "the younger Vela"). */
const ELDER_WORDS: ReadonlySet<string> = new Set(['elder', 'older']);
const YOUNGER_WORDS: ReadonlySet<string> = new Set(['younger']);

const suffixOf = (name: string): string | null => {
  const last = name.split(' ').at(-1) ?? '';
  return NAME_SUFFIX.test(last) ? last.replace(/\.$/, '').toLowerCase() : null;
};

/**
 * Of the holders of a surname, the one whose name ends with the generational suffix written after it
 * ("Jr." in "Vela Jr. said"); `null` when the word is no suffix or no one, or more than one, bears it.
 */
export function holderWithSuffix<P extends Generational>(holders: readonly P[], suffix: string): P | null {
  if (!NAME_SUFFIX.test(suffix)) return null;
  const wanted = suffix.replace(/\.$/, '').toLowerCase();
  const bearing = holders.filter((p) => suffixOf(p.name) === wanted);
  return bearing.length === 1 ? (bearing[0] ?? null) : null;
}

/**
 * Of the holders of a surname, the one "the elder" or "the younger" (`word`, lower case) before it means:
 * the only one with a suffix of that generation, else the oldest or youngest when every holder's age is
 * given. `null` for any other word, for fewer than two holders, or when nothing tells them apart.
 */
export function holderOfGeneration<P extends Generational>(holders: readonly P[], word: string): P | null {
  const elder = ELDER_WORDS.has(word);
  if ((!elder && !YOUNGER_WORDS.has(word)) || holders.length < 2) return null;
  const suffixes = elder ? ELDER_SUFFIXES : YOUNGER_SUFFIXES;
  const bySuffix = holders.filter((p) => suffixes.has(suffixOf(p.name) ?? ''));
  if (bySuffix.length === 1) return bySuffix[0] ?? null;
  if (!holders.every((p) => p.age !== undefined)) return null;
  const sorted = [...holders].sort((a, b) => (a.age ?? 0) - (b.age ?? 0));
  const pick = elder ? sorted.at(-1) : sorted[0];
  const runnerUp = elder ? sorted.at(-2) : sorted[1];
  return pick && runnerUp && pick.age !== runnerUp.age ? pick : null;
}

/** True for a word that compares two generations of one surname before it ("elder", "younger"). */
export function isGenerationWord(word: string): boolean {
  return ELDER_WORDS.has(word) || YOUNGER_WORDS.has(word);
}
