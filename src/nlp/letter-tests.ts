/**
 * Tests of a word's letters that run once per token in the knowledge pipeline, with their patterns built
 * once. A `\p{…}` pattern written inside a function is compiled by tsx (esbuild, target node 20) to
 * `new RegExp(…)`, rebuilt on every call: hundreds of nanoseconds each, millions of calls in a large build.
 * An ASCII first character is read without a pattern (for it, `\p{Lu}` is A–Z and `\p{L}` is A–Z, a–z).
 */

const CAPITAL_FIRST = /^\p{Lu}/u;
const LETTER_FIRST = /^\p{L}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LETTERS_ONLY = /^\p{L}+$/u;

/** True when `value` opens with a capital letter (`/^\p{Lu}/u`). */
export function opensWithCapital(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return CAPITAL_FIRST.test(value);
}

/** True when `value` opens with a letter of any case (`/^\p{L}/u`). */
export function opensWithLetter(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_FIRST.test(value);
}

/** True when `value` is a capital then small letters only, at least one ("Sandoval"; `/^\p{Lu}\p{Ll}+$/u`). */
export function isCapitalisedWord(value: string): boolean {
  return CAPITALISED_WORD.test(value);
}

/** True when `value` is letters only, at least one (`/^\p{L}+$/u`). */
export function isLettersOnly(value: string): boolean {
  return LETTERS_ONLY.test(value);
}

/**
 * True when `value` is written in lower case. Not `value === normal`: wink's normal form also respells a
 * word ("vice" → "vise", "defence" → "defense"), so a word in lower case can differ from it.
 */
export function isWrittenLowerCase(value: string): boolean {
  return value === value.toLowerCase();
}
