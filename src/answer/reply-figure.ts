/**
 * Figures given as the whole of a reply: in a transcript or an interview, "And Crawford lived for a week?" —
 * "OSTRANDER: Seven days." The reply says only the figure; what it counts and of what is in the question
 * before it, so the two are read together.
 */
import type { NumberFact, Sentence } from '../knowledge/schema.ts';

/** A speaker's label opening a turn ("OSTRANDER:", "Tapia Whitley:"). */
const TURN_LABEL = /^[^:?!.]{1,40}:\s*/;
/** What may be left of a bare reply once its figure and counted words are taken out. */
const LEFTOVER = /^[\s.,;!—–-]*$/;

/**
 * True when a sentence says nothing but a figure and what it counts, after a speaker's label if any
 * ("OSTRANDER: Seven days.", "Seven men."): a reply that leans on the question before it.
 */
export function isBareFigureReply(text: string, n: Pick<NumberFact, 'text' | 'counts'>): boolean {
  const body = text.replace(TURN_LABEL, '');
  if (!body.toLowerCase().startsWith(n.text.toLowerCase())) return false;
  const rest = body.slice(n.text.length).trim();
  const counts = n.counts.toLowerCase();
  if (counts && !rest.toLowerCase().startsWith(counts)) return false;
  return LEFTOVER.test(rest.slice(counts.length));
}

/**
 * For a sentence that asks a question, the reply after it when that reply is a bare figure
 * ({@link isBareFigureReply}): the two read as one sentence (the reply's id, both texts, lemmas and mentions)
 * with the reply's figures. `null` for any other sentence.
 */
export function replyFigures(
  question: Sentence,
  next: Sentence | null,
  numbersOf: (sentenceId: string) => readonly NumberFact[] | undefined,
): { sentence: Sentence; numbers: readonly NumberFact[] } | null {
  if (!next || !question.text.trimEnd().endsWith('?')) return null;
  const numbers = numbersOf(next.id) ?? [];
  const first = numbers[0];
  if (!first || !isBareFigureReply(next.text, first)) return null;
  return {
    sentence: {
      ...next,
      text: `${question.text} ${next.text}`,
      lemmas: [...question.lemmas, ...next.lemmas],
      nerEntities: [...question.nerEntities, ...next.nerEntities],
      mentions: [...question.mentions, ...next.mentions],
    },
    numbers: [first],
  };
}
