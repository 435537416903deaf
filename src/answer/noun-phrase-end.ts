/**
 * Where a noun phrase of a question ends when the tagger took its last word for an adjective: "Did the Cortina
 * relative see…" tags "relative" ADJ, but a phrase a determiner opens, with a verb, a preposition or a mark
 * right after it, ends in its noun (no English noun phrase ends in an adjective there). Reads the question's
 * tokens only, a few back from the word.
 */
import type { Analysis } from '../nlp/pipeline.ts';

/** Parts of speech that may follow a noun phrase's last word, not a noun it goes on to. */
const AFTER_PHRASE_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'PUNCT', 'CCONJ', 'SCONJ']);
/** Most words between a determiner and the word ending its phrase read as a noun. */
const MAX_PHRASE_WORDS = 3;

/**
 * True when the adjective at `h` ends a phrase a determiner opens ("the Cortina relative") with a verb, a
 * preposition or a mark after it: there it is the phrase's noun.
 */
export function endsNounPhrase(tokens: Analysis['tokens'], h: number): boolean {
  if (tokens[h]?.pos !== 'ADJ') return false;
  const next = tokens[h + 1];
  if (next && !AFTER_PHRASE_POS.has(next.pos)) return false;
  for (let k = h - 1; k >= Math.max(0, h - 1 - MAX_PHRASE_WORDS); k--) {
    const t = tokens[k];
    if (t?.pos === 'DET') return k < h - 1;
    if (!t || (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ')) return false;
  }
  return false;
}
