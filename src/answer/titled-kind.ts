/**
 * Whether a title is a kind of an asked noun of a person: "Which officer was wounded…?" is answered by
 * "Lieut. Colladay", as a lieutenant is an officer, while a senator is none. WordNet tells the kinds of a
 * title ("lieutenant" → "officer", "serviceman").
 */
import type { WordNet } from '../nlp/wordnet.ts';

/**
 * Hypernym steps from a title up to the asked noun: "general" reaches "officer" by four (general officer,
 * commissioned officer, military officer), the most a title of rank needs.
 */
export const TITLE_KIND_STEPS = 4;

/** True when the first noun sense of `title` is, by WordNet, a kind of `noun`; false without WordNet. */
export function titleIsKindOf(wordnet: WordNet | null | undefined, title: string, noun: string): boolean {
  return !!wordnet && title !== noun && wordnet.nounKindWords(title, TITLE_KIND_STEPS).has(noun);
}
