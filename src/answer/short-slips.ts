/**
 * A three-letter word typed with a letter left out ("bak" for "back", "dor" for "door"): the corrector's other
 * edits are for words of four letters or more, since most shorter ones are names or chat, but a dropped letter
 * is the commonest slip and a three-letter word no list holds is otherwise taken for a name the coverage lacks.
 */

/** The length of word this reads; longer ones are the spelling corrector's. */
export const SHORT_SLIP_LENGTH = 3;

/** The letters a slip may have left out, in the order they are tried. */
export const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `word` with one letter inserted, at each place from the start and each letter in {@link LETTERS} order. */
export function* withOneLetterMore(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) yield word.slice(0, i) + c + word.slice(i);
}

/**
 * The word one inserted letter makes of `word` that `usable` accepts, the most frequent by `rankOf` (0 the
 * most frequent; a word without a rank comes last), or `null`. Only for a lower-case word of
 * {@link SHORT_SLIP_LENGTH} letters.
 */
export function droppedLetterWord(
  word: string,
  usable: (w: string) => boolean,
  rankOf: (w: string) => number | null,
): string | null {
  if (word.length !== SHORT_SLIP_LENGTH || !/^[a-z]+$/.test(word)) return null;
  let best: string | null = null;
  let bestRank = Infinity;
  for (const w of withOneLetterMore(word)) {
    if (w === best || !usable(w)) continue;
    const rank = rankOf(w) ?? Number.MAX_SAFE_INTEGER;
    if (rank < bestRank) {
      best = w;
      bestRank = rank;
    }
  }
  return best;
}
