/**
 * The words of a question that describe the noun for a person at a token: those right before it ("the border
 * patrol union guy") and those after a preposition following it ("the maquila guy in Juárez"), up to a word
 * that begins another part of the question. See described.ts.
 */
import type { Analysis } from '../nlp/pipeline.ts';

/** Words looked at before the person noun ("the border patrol union guy") and after a preposition. */
const WORDS_BEFORE = 4;
const WORDS_AFTER = 3;
const AFTER_PREPOSITIONS = new Set(['in', 'from', 'at', 'of', 'for', 'with', 'on', 'near']);
/** Tokens that end the words describing a person: they begin another part of the question. */
const STOP_POS = new Set(['VERB', 'AUX', 'PUNCT', 'PRON', 'SCONJ', 'CCONJ', 'ADP']);

/**
 * The tokens describing the person noun at `h`: back to a determiner or a token of another part of the
 * question, then, after a preposition right after it, on to one. `named` holds the tokens of names (they end
 * the words); a token of `taken` does not end them.
 */
export function wordsAround(
  tokens: Analysis['tokens'],
  h: number,
  taken: ReadonlySet<number>,
  named: ReadonlySet<number>,
): number[] {
  const around: number[] = [];
  for (let k = h - 1; k >= Math.max(0, h - WORDS_BEFORE); k--) {
    const t = tokens[k]!;
    if (named.has(k) || (STOP_POS.has(t.pos) && !taken.has(k)) || t.pos === 'DET') break;
    around.push(k);
  }
  if (AFTER_PREPOSITIONS.has(tokens[h + 1]?.normal ?? '')) {
    for (let k = h + 2; k < Math.min(tokens.length, h + 2 + WORDS_AFTER); k++) {
      const t = tokens[k]!;
      if (named.has(k) || (STOP_POS.has(t.pos) && !taken.has(k))) break;
      around.push(k);
    }
  }
  return around;
}
