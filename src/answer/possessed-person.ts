/**
 * "The trooper's wife": a person asked about by their relation to another, whose noun owns theirs. The owner
 * is not the one asked about (described.ts reads the owned noun, and whom the coverage calls by it).
 */
import type { Token } from '../nlp/analysis.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';

/**
 * True when the noun at `h` has the possessive ending and a noun for someone (`isPersonNoun`) after it, past
 * any adjectives ("the trooper's wife", "the general's young aide"): it names whose they are, not them.
 */
export function ownsPersonAfter(
  tokens: readonly Token[],
  h: number,
  isPersonNoun: (word: string) => boolean,
): boolean {
  if (!isPossessiveEnding(tokens[h + 1]?.normal)) return false;
  let k = h + 2;
  while (tokens[k]?.pos === 'ADJ') k++;
  const owned = tokens[k];
  return owned !== undefined && owned.pos === 'NOUN' && isPersonNoun(owned.normal);
}

/** The noun owning the one at `h` past its adjectives ("trooper" of "the trooper's wife"), or `null`. */
export function ownerOf(tokens: readonly Token[], h: number): Token | null {
  let k = h - 1;
  while (tokens[k]?.pos === 'ADJ') k--;
  const owner = tokens[k - 1];
  return isPossessiveEnding(tokens[k]?.normal) && owner?.pos === 'NOUN' ? owner : null;
}
