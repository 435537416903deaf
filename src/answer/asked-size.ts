/**
 * What "how big" asks the size of. The size of a place of land ("how big is his place?", "which ranch was
 * bigger") is its area; the size of a deployment, a caravan or a force is how many people it has (count.ts).
 * A place is a noun whose first noun sense WordNet makes a kind of location but not of region (place, ranch,
 * farm, home; not town, county or border, sized by their people as often as by their area), read from the
 * question's own nouns, so a follow-up naming nothing counted still asks an area.
 */
import type { Token } from '../nlp/pipeline.ts';
import type { WordNet } from '../nlp/wordnet.ts';

/** The words asking a size: "how big", or a size compared or named ("bigger", "size"). */
const COMPARED_SIZES = new Set(['bigger', 'larger', 'smaller', 'size']);
const SIZE_WORDS = new Set(['big', 'large', 'huge', 'strong', ...COMPARED_SIZES]);
/** The word of WordNet's location.n.01 synset, which every place noun's first sense is a kind of. */
const LOCATION = 'location';
/**
 * The word of region.n.03 ("a large indefinite location on the surface of the Earth"): a town, a county or a
 * border region is sized by its people as often as by its area, so it is not read as asking an area.
 */
const REGION = 'region';
/** Hypernym steps from a place noun to location: eight, as for people (noun-kinds.ts), before the chain says nothing. */
const MAX_PLACE_STEPS = 8;

/** Where `tokens` ask a size ("how big", "bigger", "size"), or -1. */
function sizeWordAt(tokens: readonly Token[]): number {
  return tokens.findIndex(
    (t, i) => SIZE_WORDS.has(t.normal) && (COMPARED_SIZES.has(t.normal) || tokens[i - 1]?.normal === 'how'),
  );
}

/**
 * The noun whose size `tokens` ask: the head of the first noun phrase after the size word, else the last noun
 * before it ("which ranch was bigger"); `undefined` when no size is asked or no noun is found.
 */
function sizedNounToken(tokens: readonly Token[]): Token | undefined {
  const at = sizeWordAt(tokens);
  if (at < 0) return undefined;
  const isNoun = (t: Token | undefined) => t?.pos === 'NOUN';
  // "The city's garrison", "the border fence": the phrase's head is its last noun, not a possessor or modifier.
  const isHead = (t: Token, i: number) =>
    isNoun(t) && !isNoun(tokens[i + 1]) && tokens[i + 1]?.normal !== "'s" && tokens[i + 1]?.normal !== '’s';
  const after = tokens.findIndex((t, i) => i > at && isHead(t, i));
  return after >= 0 ? tokens[after] : tokens.slice(0, at).findLast((t) => isNoun(t));
}

/** The lemma of the noun whose size `tokens` ask ("how large was the raiding band" → band), or `null`. */
export function sizedNoun(tokens: readonly Token[]): string | null {
  return sizedNounToken(tokens)?.lemma ?? null;
}

/** True when `tokens` ask how big something is. */
export function asksSize(tokens: readonly Token[]): boolean {
  return sizeWordAt(tokens) >= 0;
}

/**
 * True when `tokens` ask how big a place of land is: the head of the first noun phrase after the size word
 * (else the last noun before it, "which ranch was bigger") is a kind of location and not of region.
 */
export function asksSizeOfPlace(tokens: readonly Token[], wordnet: WordNet | null | undefined): boolean {
  if (!wordnet) return false;
  const noun = sizedNounToken(tokens);
  if (!noun) return false;
  const kinds = wordnet.nounKindWords(noun.lemma, MAX_PLACE_STEPS);
  return kinds.has(LOCATION) && !kinds.has(REGION);
}
