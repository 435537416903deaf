/**
 * A capitalised noun for what someone is, after a lower-case word describing it in a phrase a determiner
 * opens: "the retired Ranger", "the former Marine". Mid-sentence a capital alone names a body ("Today's
 * Guard"), but a lower-case adjective before it inside the phrase makes it a kind of person written with a
 * capital, as "a retired Ranger captain" is written in the article that describes him.
 */
import type { Analysis } from '../nlp/pipeline.ts';

/** Most words between the determiner and the capitalised noun. */
const MAX_WORDS_BEFORE = 2;

/**
 * True when the capitalised token at `h` follows a determiner and one or two lower-case adjectives
 * ("the retired Ranger"), and ends its phrase (no capitalised word goes on after it).
 */
export function capitalisedRoleAt(tokens: Analysis['tokens'], h: number): boolean {
  const head = tokens[h];
  const next = tokens[h + 1];
  if (!head || head.pos !== 'PROPN' || (next && next.pos === 'PROPN')) return false;
  let k = h - 1;
  while (
    k >= 0 &&
    h - k <= MAX_WORDS_BEFORE &&
    tokens[k]?.pos === 'ADJ' &&
    tokens[k]?.value === tokens[k]?.normal
  )
    k--;
  return k < h - 1 && tokens[k]?.pos === 'DET';
}
