/**
 * A document's data as wink-nlp keeps it (wink-nlp.js `readDoc`, constants.js), read directly: the numbers
 * wink stores per token, without the arrays and strings `tokens().out(…)` builds from them. The readers take
 * the document's token numbers apart from the document: wink makes the document with `Object.create(null)`,
 * whose properties V8 looks up by hash, too slow to read once per token.
 */

/**
 * The parts of wink's raw document the pipeline reads: four numbers per token (its word's id; a
 * contraction's normal above 16 bits and the count of preceding spaces below; part of speech and lemma;
 * flags), the runs of spaces other than plain ones by token, and the `[first, last, …]` token spans of the
 * sentences and entities.
 */
export interface RawDocument {
  tokens: number[];
  nonBreakingSpaces: Record<number, string>;
  sentences: number[][];
  entities: Array<[number, number, string]>;
  customEntities: Array<[number, number, string]>;
}

/** Numbers per token (wink's `tkSize`). */
export const TOKEN_SIZE = 4;
/** The count of preceding spaces in a token's second number (`psMask`); at its maximum, not plain spaces. */
const PRECEDING_SPACES_MASK = 0xffff;
/** A token's second number above this holds a contraction's normal: the token is part of a contraction. */
const CONTRACTION_ABOVE = 0xffff;
/** The part of speech in a token's third number (`posMask`), above the lemma's bits (`bits4lemma`). */
const POS_MASK = 0x3f00000;
const LEMMA_BITS = 20;

/** True when token `i` is a part of a contraction ("ca" and "n't" of "can't"), as `its.contractionFlag`. */
export function isContractionPart(tokens: readonly number[], i: number): boolean {
  return (tokens[i * TOKEN_SIZE + 1] ?? 0) > CONTRACTION_ABOVE;
}

/** Token `i`'s part of speech as a number of wink's part-of-speech list (what `its.pos` names). */
export function posCode(tokens: readonly number[], i: number): number {
  return ((tokens[i * TOKEN_SIZE + 2] ?? 0) & POS_MASK) >>> LEMMA_BITS;
}

/** The length of the white space before token `i` (of `tokens`, the document's) in the text wink read. */
export function precedingSpacesLength(raw: RawDocument, tokens: readonly number[], i: number): number {
  const count = (tokens[i * TOKEN_SIZE + 1] ?? 0) & PRECEDING_SPACES_MASK;
  return count < PRECEDING_SPACES_MASK ? count : (raw.nonBreakingSpaces[i] ?? '').length;
}

/**
 * The white space before token `i` as `its.precedingSpaces` gives it (wink's reconstruct-spaces.js): plain
 * spaces, so many as it had characters, or the run as written when it held others.
 */
export function precedingSpaces(raw: RawDocument, i: number): string {
  const count = (raw.tokens[i * TOKEN_SIZE + 1] ?? 0) & PRECEDING_SPACES_MASK;
  return count < PRECEDING_SPACES_MASK ? ''.padEnd(count) : (raw.nonBreakingSpaces[i] ?? '');
}
