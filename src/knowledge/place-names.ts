/**
 * "In San Antonio there is a shrine": a word of a person's name ("Antonio" of Francisco Antonio Ruiz,
 * "Davis" of Jefferson Davis) inside a longer capitalised name the article writes as a place ("from San
 * Antonio", "at Fort Davis", "in Ciudad Juárez") is a word of that place's name, not a mention of the person.
 * The places are read from the article's own text — a run of capitalised words after a preposition of place
 * * — not from a list of places.
 */
import type { Token } from '../nlp/pipeline.ts';
import { NAME_WORD } from './name-words.ts';

/**
 * Prepositions after which a capitalised name is a place the article puts something in, at or near: a
 * closed class of the language. Not "to" or "with", after which a person is as often named ("wrote to
 * Santa Anna").
 */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'near',
  'into',
  'toward',
  'towards',
  'outside',
  'inside',
  'across',
  'through',
  'around',
  'past',
  'via',
]);

/** The most words a place's name is read over ("Fort Sam Houston", "Ciudad Juárez"). */
export const MAX_PLACE_WORDS = 4;

/** True for a capitalised name word that is not a title or honorific ("Fort", "San"; not "Gen."). */
function placeWord(tok: Token | undefined, isTitle: (value: string) => boolean): tok is Token {
  return tok !== undefined && NAME_WORD.test(tok.value) && !isTitle(tok.value);
}

/** The words of `tokens` [from, to) as one lower-case key ("san antonio"). */
function keyOf(tokens: readonly Token[], from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) key += (k > from ? ' ' : '') + (tokens[k]?.value.toLowerCase() ?? '');
  return key;
}

/**
 * The name of two to {@link MAX_PLACE_WORDS} capitalised words written right after token `t` when that is a
 * preposition of place ("from San Antonio", "at Fort Davis"), as a lower-case key; `null` otherwise. Read
 * inside a caller's own pass over the article's tokens.
 */
export function placeNameAt(
  tokens: readonly Token[],
  t: number,
  isTitle: (value: string) => boolean,
): string | null {
  if (!PLACE_PREPOSITIONS.has(tokens[t]?.normal ?? '')) return null;
  let end = t + 1;
  while (end - t - 1 < MAX_PLACE_WORDS && placeWord(tokens[end], isTitle)) end++;
  // A title after the words says they were a person's ("in Border Patrol Agent Ruiz's car").
  return end - t - 1 >= 2 && !isTitle(tokens[end]?.value ?? '') ? keyOf(tokens, t + 1, end) : null;
}

/**
 * True when the name word at token `t`, read as a mention of a person named `nameWords`, ends a longer name
 * the article writes as a place ({@link placeNameAt}) that holds a word not of that person's name: "San
 * Antonio" for Francisco Antonio Ruiz, "Fort Sam Houston" for Sam Houston. The capitalised words before `t`
 * are read back to a title at most ("Gen. Ruiz" is the person's).
 */
export function insidePlaceName(
  tokens: readonly Token[],
  t: number,
  nameWords: readonly string[],
  places: ReadonlySet<string>,
  isTitle: (value: string) => boolean,
): boolean {
  if (places.size === 0) return false;
  let foreign = false;
  for (let from = t - 1; from >= 0 && t - from < MAX_PLACE_WORDS; from--) {
    const tok = tokens[from];
    if (!placeWord(tok, isTitle)) return false;
    // "KAREN WHITFIELD, ANCHOR:": a name written in capitals is still the person's own.
    foreign ||= !nameWords.some((w) => w.toLowerCase() === tok.value.toLowerCase());
    if (foreign && places.has(keyOf(tokens, from, t + 1))) return true;
  }
  return false;
}
