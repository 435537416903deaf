/**
 * A name the speaker addresses ("Dale, did agents feel what she is describing?", "What do you make of it,
 * Dale?"): the one spoken to, whom the sentence's "he" or "she" does not stand for.
 */
import type { Analysis } from '../nlp/pipeline.ts';

/** Characters at most of a speaker label read back over ("QUINTANILLA: "). */
const MAX_LABEL_CHARS = 80;

/**
 * True when the name in characters [start, end) of `analysis.text`, inside the sentence [from, to), is set off
 * as the one addressed: opening the sentence or the turn after a label's colon with a comma after it, or
 * closing a question after a comma.
 */
export function isVocative(
  analysis: Analysis,
  start: number,
  end: number,
  from: number,
  to: number,
): boolean {
  const text = analysis.text;
  const before = text.slice(Math.max(from, start - MAX_LABEL_CHARS), start);
  // "QUINTANILLA: Dale, did …?" or "Dale, did …?": nothing but a label before the name, a comma after it.
  const opening = start === from || (/^[^\n]*:\s*$/.test(before) && !/[.!?]\s/.test(before));
  // The sentence's end is read only for the one name that opens it: read for every name of a long sentence,
  // it would cost the sentence's length each time.
  if (opening && text[end] === ',' && text.slice(from, to).trimEnd().endsWith('?')) return true;
  // "What do you make of it, Dale?": a comma before, the question's mark right after.
  return /,\s*$/.test(before) && /^\s*\?/.test(text.slice(end, end + 3));
}
