/**
 * Whether a name stands where an object does: after a preposition or a verb, past the titles before it
 * ("His order to Maj. Robert L. Howze", "Don Rafael Ochoa gives it this way:"), and the abbreviated titles
 * whose full stop ends no clause.
 */
import { opensWithCapital } from '../nlp/letter-tests.ts';
import type { Analysis, Token } from '../nlp/pipeline.ts';

/** A word abbreviated to a few letters before its full stop ("Maj", "Mrs"). */
export const ABBREVIATION = /^\p{Lu}\p{Ll}{0,4}$/u;

/** Abbreviated titles at most read past before a name ("Lt. Col."). */
const MAX_TITLE_WORDS = 3;
/**
 * True when token `k` is the full stop of an abbreviated title or honorific ("Maj.", "Mrs."), as `isTitle`
 * (given the word without its stop) tells: it ends no clause.
 */
export function isAbbreviatedTitle(
  analysis: Analysis,
  k: number,
  isTitle: (word: string) => boolean,
): boolean {
  const word = analysis.tokens[k - 1]?.value ?? '';
  return analysis.tokens[k]?.value === '.' && ABBREVIATION.test(word) && isTitle(word);
}

/**
 * True when the name at token `index` stands as an object: a preposition or a verb before it in `region`,
 * past the titles before the name and a determiner ("to Maj. Robert L. Howze", "met the Governor").
 */
export function isObjectPosition(
  analysis: Analysis,
  index: number,
  region: ReadonlySet<number>,
  isTitle: (word: string) => boolean,
): boolean {
  const tokens = analysis.tokens;
  let k = index - 1;
  // "His order to Maj. Robert L. Howze": the abbreviated titles before a name are the name's.
  for (let n = 0; n < MAX_TITLE_WORDS && region.has(k - 1) && isAbbreviatedTitle(analysis, k, isTitle); n++)
    k -= 2;
  // "Don Rafael Ochoa gives it this way:": a title written out is the name's too, though the tagger reads
  // "Don" as a verb.
  for (let n = 0; n < MAX_TITLE_WORDS && region.has(k) && writtenOutTitle(tokens[k], isTitle); n++) k--;
  while (region.has(k) && tokens[k]?.pos === 'DET') k--;
  if (!region.has(k)) return false;
  const pos = tokens[k]?.pos;
  return pos === 'ADP' || pos === 'VERB';
}

/** A title written out with its capital before a name ("Don", "Governor"), not an abbreviation. */
function writtenOutTitle(token: Token | undefined, isTitle: (word: string) => boolean): boolean {
  return (
    token !== undefined && opensWithCapital(token.value) && !token.value.endsWith('.') && isTitle(token.value)
  );
}
