/** The shapes of names and role words, shared by finding people and finding their mentions. */

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
