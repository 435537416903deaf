/**
 * A name's head word says what it names. English puts the generic noun of a place's name last ("the
 * Huachuca Mountains", "the Americas Bridge", "the Coronado National Forest"): when what that noun's first
 * WordNet sense is a kind of — a location, a land form, a body of water, a thoroughfare, vegetation, a
 * structure or a facility — says a place, the name is a place's, with no list of the names. Read only
 * where "the" already says the name is no person's (name-contexts.ts): a surname may be such a noun
 * ("Hall", "Field").
 */

/** What the rule needs to know about words. */
export interface HeadWords {
  /** True when the first noun sense of lower-case `lemma` is, within a few steps, a kind of a synset with the word `kind`. */
  isKindOf: (lemma: string, kind: string) => boolean;
}

/**
 * Words of the synsets a place is a kind of: a location (region, plaza, ranch), a land form (mountain,
 * valley, canyon), a body of water, a thoroughfare, vegetation (forest), a structure (bridge, camp,
 * building) or a facility (fort, station, base).
 */
const PLACE_KINDS: readonly string[] = [
  'location',
  'formation',
  'water',
  'thoroughfare',
  'vegetation',
  'structure',
  'facility',
];
/**
 * A structure that is an establishment names the body housed in it as often as the building ("the Public
 * Affairs Office", "the state prison"): not read as a place.
 */
const HOUSED_BODY = 'establishment';

/** True for a lower-case noun lemma whose first sense is a place and not an establishment ("bridge", "valley"). */
export function isPlaceNoun(lemma: string, reader: HeadWords): boolean {
  return PLACE_KINDS.some((k) => reader.isKindOf(lemma, k)) && !reader.isKindOf(lemma, HOUSED_BODY);
}
