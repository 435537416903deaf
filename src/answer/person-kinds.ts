/**
 * Nouns for a person the lexicon never listed ("trucker", "guide", "angler"), read by WordNet, so a question
 * can describe someone by what they are in its own words: "the auto-components trucker" for "a driver from
 * Reynosa who hauls auto parts", "the bass guide" for someone "who has guided anglers".
 */
import { NounKinds } from '../knowledge/noun-kinds.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import type { PersonKinds } from './described.ts';

/**
 * Hypernym steps read up from a person noun for what the coverage may call the same person: "trucker" is one
 * from "driver". Past two the kinds ("worker", "person") fit nearly anyone.
 */
export const PERSON_KIND_STEPS = 2;

/**
 * For a noun whose first sense is a kind of person, the words of that sense and of its kinds up to
 * {@link PERSON_KIND_STEPS} steps; `null` for any other noun, and for every noun without WordNet. The kind is
 * remembered per noun by the pipeline's {@link NounKinds}; the words are read again each time (WordNet keeps
 * the senses).
 */
export function personKindsOf(wordnet: WordNet | null | undefined): PersonKinds {
  if (!wordnet) return () => null;
  const kinds = new NounKinds(wordnet);
  return (noun) => (kinds.isPerson(noun) ? wordnet.nounKindWords(noun, PERSON_KIND_STEPS) : null);
}
