/**
 * Nouns for a family ("family", "household", "clan", "dynasty"), read by WordNet: a surname before one names
 * the family, not one of its people ("the Serdán family's front door" is no more Carmen Serdán's than her
 * brothers').
 */
import type { WordNet } from '../nlp/wordnet.ts';

/** Hypernym steps read up from the noun: "dynasty" is a family line in one. */
const KIN_GROUP_STEPS = 2;

/** True for a noun whose first sense is, within {@link KIN_GROUP_STEPS} steps, a family or kin; never without WordNet. */
export function kinGroupsOf(wordnet: WordNet | null | undefined): (noun: string) => boolean {
  if (!wordnet) return () => false;
  return (noun) => {
    const kinds = wordnet.nounKindWords(noun, KIN_GROUP_STEPS);
    return kinds.has('family') || kinds.has('kin');
  };
}
