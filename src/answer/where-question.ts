/**
 * Whether a question asks where: "Where did it happen?", and a follow-up opened by a word that carries the
 * turn on ("and where did he run to after he got shot?", "so where is he now?"), which asks the same.
 */

/** "Where …?", after any turn-opening "and", "so", "but", "then", "ok". */
const ASKS_WHERE = /^\s*(?:(?:and|so|but|then|ok(?:ay)?)\b[\s,]*)*where\b/i;

/** True when the question asks where. */
export function asksWhere(text: string): boolean {
  return ASKS_WHERE.test(text);
}
