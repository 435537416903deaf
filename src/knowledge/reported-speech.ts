/**
 * Whether a line reports someone's words: a quotation of two words or more and a verb of saying. An appeal
 * rule that matches a word of such a line ("…the group would donate a framed copy… 'They should have it,' she
 * said") has found the report, not an appeal: appeals ask the reader, they do not quote anyone.
 */
import { SPEECH_CUES } from './name-words.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}]+/u;

/** A quotation in straight or curly double quotes holding at least two words. */
const QUOTATION = /["“][^"“”]*\p{L}[^"“”]*\s[^"“”]*\p{L}[^"“”]*["”]/u;

/** True when `text` holds a quotation of two words or more and a verb of saying ("said", "told", "adds"). */
export function reportsSpeech(text: string): boolean {
  if (!QUOTATION.test(text)) return false;
  return text
    .toLowerCase()
    .split(P1)
    .some((w) => SPEECH_CUES.has(w));
}
