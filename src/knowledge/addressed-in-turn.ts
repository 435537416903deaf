/**
 * A person a turn of speech addresses by name ("BUDDY RAY SIMS (caller): Morning, Carl. My daddy … He used to
 * say, '…'"): the host greeted is the one listening, not one the speaker speaks of, so "he" in the turn is
 * never them.
 */
import { firstTokenAtOrAfter } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';
import { tokenAt } from './speakers.ts';

/** Marks that set a name said to someone apart: "Morning, Carl.", "Well, Carl, …", "Thank you, Carl!". */
const BEFORE_ADDRESS: ReadonlySet<string> = new Set([',', ':']);
const AFTER_ADDRESS: ReadonlySet<string> = new Set([',', '.', '!', '?', ';']);

/** Sentences of the paragraph at most read back: as far as "he" is looked for (spoken-of.ts), and a little more. */
const MAX_SENTENCES_BACK = 4;

/**
 * True when `entityId` is named in `q`'s paragraph before `q` (its last few sentences), and every time set apart by marks as the one
 * spoken to, a comma or the label's colon before the name and a comma or a full stop after it.
 */
export function onlyAddressedBefore(q: WorkingQuote, entityId: string): boolean {
  let named = false;
  let back = 0;
  for (let s: WorkingSentence | null = q.sentence; s !== null; s = s.previous) {
    if (s.paragraph !== q.sentence.paragraph || back++ > MAX_SENTENCES_BACK) break;
    const { analysis } = s;
    const upTo =
      s === q.sentence
        ? firstTokenAtOrAfter(analysis, s.tokenStart, s.tokenEnd, q.span.outerStart)
        : s.tokenEnd;
    for (const m of s.mentions) {
      if (m.entityId !== entityId || m.via === 'pronoun' || m.token >= upTo) continue;
      const end = firstTokenAtOrAfter(
        analysis,
        m.token,
        s.tokenEnd,
        tokenAt(analysis, m.token).start + m.text.length,
      );
      const before = m.token > s.tokenStart ? tokenAt(analysis, m.token - 1).value : '';
      const after = end < s.tokenEnd ? tokenAt(analysis, end).value : '';
      if (!BEFORE_ADDRESS.has(before) || !AFTER_ADDRESS.has(after)) return false;
      named = true;
    }
  }
  return named;
}

/** True when `entityId` is named, not by a pronoun, anywhere in `q`'s paragraph before `q`. */
export function namedBefore(q: WorkingQuote, entityId: string): boolean {
  for (let s: WorkingSentence | null = q.sentence; s !== null; s = s.previous) {
    if (s.paragraph !== q.sentence.paragraph) break;
    const upTo =
      s === q.sentence
        ? firstTokenAtOrAfter(s.analysis, s.tokenStart, s.tokenEnd, q.span.outerStart)
        : s.tokenEnd;
    if (s.mentions.some((m) => m.entityId === entityId && m.via !== 'pronoun' && m.token < upTo)) return true;
  }
  return false;
}
