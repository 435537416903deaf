/** Where a token's text stands in the analysed text. */

/**
 * `text.startsWith(value, at)` for a position `at` of zero or more, compared a character at a time: V8
 * compiles the loop into the token loop of `Nlp.analyse` (pipeline.ts), where `startsWith` with a position
 * is a call out of optimised code for every token of every article.
 */
export function occursAt(text: string, value: string, at: number): boolean {
  if (at + value.length > text.length) return value.length === 0;
  for (let k = 0; k < value.length; k++) if (text.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

/** Where `value` starts within a few characters of `cursor` (wink may skip odd whitespace), else `cursor`. */
export function nearby(text: string, value: string, cursor: number): number {
  const found = text.slice(cursor, cursor + value.length + NEARBY_CHARS).indexOf(value);
  return found >= 0 ? cursor + found : cursor;
}

const NEARBY_CHARS = 4;
