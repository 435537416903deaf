/**
 * The endings that mark a possessive, as the tokenizer splits them off a word ("the Army's", "the Army’s"), in
 * the straight and the curly apostrophe.
 */

/** The possessive ending "'s" in the straight and the curly apostrophe. */
export const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", '’s']);

/** The possessive endings and the bare apostrophe that ends a plural's possessive ("the soldiers' families"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set([...POSSESSIVE_ENDINGS, "'", '’']);

/** Whether a token's normal form is the possessive ending "'s" (straight or curly apostrophe). */
export function isPossessiveEnding(normal: string | undefined): boolean {
  return normal !== undefined && POSSESSIVE_ENDINGS.has(normal);
}
