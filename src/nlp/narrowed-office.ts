/**
 * An office named with a title word before it ("vice president", "deputy minister", "Lt. Gov."): another
 * office than the one its last word names, so the holder of that one ("the president") is not meant.
 */
import type { Token } from './pipeline.ts';

/**
 * True when the token before `start` (where a role phrase was matched) is a title word of its own — one of
 * `titleWords`, read as written in lower case, since wink's normal form respells some ("vice" → "vise") —
 * so the words name a narrower office than the phrase.
 */
export function narrowsOffice(
  tokens: readonly Token[],
  start: number,
  titleWords: ReadonlySet<string>,
): boolean {
  const before = tokens[start - 1];
  if (!before || before.type !== 'word') return false;
  return titleWords.has(before.value.toLowerCase().replace(/\.$/, ''));
}
