/**
 * The sentence a date goes on from. A report sets the scene in one sentence and gives the date in the next of
 * its paragraph ("The shooting started and went on until the sky got light." then "The firing stopped at dawn
 * on the 12th."): a question in other words than the dated sentence's meets its words in the one before.
 * Retrieval already passes the set-up's score on to such a sentence (following.ts); the confidence reads the
 * two together, as a reader does, and the answer shows both.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { FOLLOWS_IN_PARAGRAPH, GIVES_DATE } from './following.ts';
import { confidenceOf, type Context } from './handlers.ts';
import type { Understanding } from './understand.ts';

/** The sentence `sentence` goes on from in its paragraph when it gives a date; `null` when none. */
export function setUpSentence(index: Context['index'], sentence: Sentence): Sentence | null {
  const at = index.sentenceIndex.get(sentence.id);
  if (at === undefined) return null;
  const mask = FOLLOWS_IN_PARAGRAPH | GIVES_DATE;
  return ((index.following[at] ?? 0) & mask) === mask ? (index.sentences[at - 1] ?? null) : null;
}

/** True when `setUp` dates its scene to a year the question does not ask about: it sets another event. */
function ofOtherYear(index: Context['index'], setUp: Sentence, years: readonly number[]): boolean {
  if (years.length === 0) return false;
  return (index.datesBySentence.get(setUp.id) ?? []).some((d) => !years.includes(Number(d.date.slice(0, 4))));
}

/**
 * The dated `sentence` with the confidence it answers `u` on its own, or read after its set-up sentence
 * ({@link setUpSentence}) when that covers more of the question. The set-up gives the scene, never what was
 * done: the question's own verbs count only when the dated sentence says them. Not in a follow-up, which reads
 * on from the last answer's passage already (retrieval's carry does not apply to one either).
 */
export function withSetUp(
  u: Understanding,
  ctx: Context,
  sentence: Sentence,
): { sentences: Sentence[]; confidence: number } {
  const alone = { sentences: [sentence], confidence: confidenceOf(u, ctx, [sentence]) };
  const setUp = ctx.followup || alone.confidence >= 1 ? null : setUpSentence(ctx.index, sentence);
  if (!setUp || ofOtherYear(ctx.index, setUp, u.years)) return alone;
  const scene = { ...setUp, lemmas: setUp.lemmas.filter((l) => !u.predicates.includes(l)) };
  const together = confidenceOf(u, ctx, [scene, sentence]);
  return together > alone.confidence ? { sentences: [setUp, sentence], confidence: together } : alone;
}
