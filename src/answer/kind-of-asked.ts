/**
 * The thing a "which <noun>" question asks for may be named by a kind of the noun: "at which estate…" is
 * answered by "at the hacienda of La Loba", a hacienda being an estate. Reads WordNet only: a word whose first
 * noun sense is the asked noun's, or a direct kind of it (its hypernym holds the noun), names one. Used for
 * the asked noun only, where a name is looked for beside it (asked-kind.ts): elsewhere a kind is not the thing
 * asked ("what did the marines do" is not answered by "soldiers", said-in-other-words.ts).
 */
import type { WordNet } from '../nlp/wordnet.ts';

/** Hypernym steps from the evidence's word up to the asked noun: the direct kind only. */
export const ASKED_KIND_DEPTH = 1;

/**
 * True when the first noun sense of `word` is `noun`'s, or a direct kind of it ("hacienda" of "estate"); with
 * `throughPhrases`, through a kind WordNet writes only in phrases ("customhouse", a "government building", of
 * "building").
 */
export function namesKindOf(wordnet: WordNet, word: string, noun: string, throughPhrases = false): boolean {
  return word !== noun && wordnet.nounKindWords(word, ASKED_KIND_DEPTH, throughPhrases).has(noun);
}

/**
 * True when WordNet forms from `holder` a word {@link namesKindOf} takes for one of `noun`: the office of the
 * one who holds it ("secretary" → "secretaryship", a post), not `holder` itself.
 */
export function namesOfficeOf(wordnet: WordNet, holder: string, noun: string): boolean {
  return wordnet.derivedWords(holder).some((w) => w !== noun && namesKindOf(wordnet, w, noun));
}
