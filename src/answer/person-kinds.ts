/**
 * Nouns for a person the lexicon never listed ("trucker", "guide", "angler"), read by WordNet, so a question
 * can describe someone by what they are in its own words: "the auto-components trucker" for "a driver from
 * Reynosa who hauls auto parts", "the bass guide" for someone "who has guided anglers".
 */
import { nounKind } from '../knowledge/noun-kinds.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import type { PersonKinds } from './described.ts';

/**
 * Hypernym steps read up from a person noun for what the coverage may call the same person: "trucker" is one
 * from "driver". Past two the kinds ("worker", "person") fit nearly anyone.
 */
export const PERSON_KIND_STEPS = 2;

/**
 * For a noun whose first sense is a kind of person, the words of that sense and of its kinds up to
 * {@link PERSON_KIND_STEPS} steps; `null` for any other noun, and for every noun without WordNet.
 */
export function personKindsOf(wordnet: WordNet | null | undefined): PersonKinds {
  if (!wordnet) return () => null;
  const known = new Map<string, ReadonlySet<string> | null>();
  return (noun) => {
    const seen = known.get(noun);
    if (seen !== undefined) return seen;
    const kinds =
      nounKind(wordnet, noun) === 'person' ? wordnet.nounKindWords(noun, PERSON_KIND_STEPS) : null;
    if (known.size >= MAX_REMEMBERED_NOUNS) known.clear();
    known.set(noun, kinds);
    return kinds;
  };
}

/** Nouns remembered before the memory starts again (a question meets the same few nouns again and again). */
const MAX_REMEMBERED_NOUNS = 10_000;
