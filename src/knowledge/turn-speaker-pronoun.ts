/**
 * A transcript that prints a remark as a newspaper does, inside the speaker's own turn: 'RUBÉN OLIVAS,
 * FABENS RESIDENT: "I was weighing a sack of oats …," he said.' "He" or "she" in a turn is usually someone
 * the speaker spoke of (spoken-of.ts); but when the turn's paragraph, from its label up to the words, names
 * or describes no one, there is no one else for the pronoun to stand for: it is the speaker the label names.
 */
import { firstTokenAtOrAfter } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';
import type { VerbsOfSaying } from './saying-verbs.ts';
import { handingPronoun } from './spoken-of.ts';

/**
 * True when `q`, handed over by "he" or "she" in the paragraph its turn's label opens (`opening`, the
 * label's sentence; `head`, where the turn's words start in it), has no person named before it in the
 * turn's words (`isPerson` on a mention's entity id), nor in its own sentence before the pronoun: the
 * pronoun is the turn's speaker. `gender`, when known, must fit the pronoun.
 */
export function pronounIsTurnSpeaker(
  q: WorkingQuote,
  opening: WorkingSentence,
  head: number,
  cues: VerbsOfSaying,
  isPerson: (id: string) => boolean,
  gender: 'male' | 'female' | null,
): boolean {
  if (q.parent !== null || q.sentence.paragraph !== opening.paragraph) return false;
  const pronoun = handingPronoun(q, cues);
  if (pronoun === null) return false;
  if (gender !== null && gender !== (pronoun === 'she' ? 'female' : 'male')) return false;
  // The turn's sentences from the label's up to the quotation's, each read up to the quotation at most.
  for (let s: WorkingSentence | null = q.sentence; s !== null; s = s.previous) {
    if (s.paragraph !== opening.paragraph) return false;
    const from =
      s === opening ? firstTokenAtOrAfter(s.analysis, s.tokenStart, s.tokenEnd, head) : s.tokenStart;
    const to =
      s === q.sentence
        ? firstTokenAtOrAfter(s.analysis, s.tokenStart, s.tokenEnd, q.span.outerStart)
        : s.tokenEnd;
    for (const m of s.mentions)
      if (m.via !== 'pronoun' && m.token >= from && m.token < to && isPerson(m.entityId)) return false;
    if (s === opening) return true;
  }
  return false;
}
