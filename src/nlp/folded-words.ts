/** Words compared without their accents or case ("Juárez", "juarez"). */

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{M}/gu;

/** A word's letters without their accents ("juárez" → "juarez", "Mónica" → "Monica"). */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(P1, '');
}

/**
 * A word in lower case without its accents ("Juárez" → "juarez"): a Spanish word and its English-coverage twin
 * compare equal.
 */
export function foldWord(word: string): string {
  return withoutAccents(word.toLowerCase());
}
