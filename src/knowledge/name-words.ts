/** The shapes of names and role words, shared by finding people and finding their mentions. */
import type { Token } from '../nlp/pipeline.ts';

/** A word written as a name: a capital, then letters, apostrophes or hyphens. */
export const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** A role word without its gendered ending, so "the spokeswoman" finds a "spokesperson" ("spokes"). */
export function roleForm(word: string): string {
  const stem = word.replace(/(wo)?m[ae]n$|persons?$|people$/, '');
  return stem.length >= 4 && stem !== word ? stem : word;
}

/**
 * False when `value` opens with an ASCII character that is not a capital letter, so that no pattern
 * starting with `\p{Lu}` can match it; true otherwise (the pattern decides).
 */
export function mayOpenWithCapital(value: string): boolean {
  const c = value.charCodeAt(0);
  return !(c < 0x80 && (c < 0x41 || c > 0x5a));
}

/** A title or honorific as looked up: lower case, without its full stop ("Gen." → "gen"). */
export function bare(value: string): string {
  return value.toLowerCase().replace(/\.$/, '');
}

/** Military ranks "General" follows as the head noun ("Brigadier General" is a general). */
const RANKS_OF_GENERAL = new Set(['brigadier', 'brig', 'major', 'maj', 'lieutenant', 'lt', 'lieut']);

/**
 * The head word of a title: its last word, except a postpositive "General" after an office ("Attorney
 * General Herbert Brownell" is the attorney, not a general; "Maj. Gen. Swing" is a general).
 */
export function titleHead<T extends { value: string }>(words: readonly T[]): T | undefined {
  const last = words.at(-1);
  const before = words.at(-2);
  if (!last || !before) return last;
  const bareWord = (x: T) => x.value.toLowerCase().replace(/\.$/, '');
  if (bareWord(last) !== 'general' && bareWord(last) !== 'gen') return last;
  return RANKS_OF_GENERAL.has(bareWord(before)) ? last : before;
}

/** How far after a name the colon introducing its quotation may come ("Ray Dunphy, put it to me this way:"). */
const MAX_TOKENS_TO_COLON = 10;

/**
 * True when the name ending before token `end` is the subject of a clause that hands over a quotation with a
 * colon ("Maria Lopez summed it up: \"We are tired.\""): a verb, then a colon and an opening quotation mark,
 * with no sentence end, quotation or other name between.
 */
export function introducesQuotation(tokens: readonly Token[], end: number): boolean {
  let verb = false;
  /** Inside "of the Lower Valley": a place's name after a preposition is no other subject. */
  let place = false;
  for (let t = end; t < tokens.length && t - end <= MAX_TOKENS_TO_COLON; t++) {
    const tok = tokens[t];
    if (!tok) return false;
    if (tok.value === ':') return verb && /^["“]$/.test(tokens[t + 1]?.value ?? '');
    if (/^[.;!?"“”]$/.test(tok.value) || (tok.pos === 'PROPN' && !place)) return false;
    if (tok.pos === 'VERB') verb = true;
    if (tok.pos === 'ADP') place = !verb;
    else if (tok.pos !== 'PROPN' && tok.pos !== 'DET') place = false;
  }
  return false;
}
