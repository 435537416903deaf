/**
 * "The Captain writes that General Taylor was then on the point of setting out for Monterey. '…'": a sentence
 * whose subject reports what they said or wrote, then their words standing as a sentence of their own. The
 * words go on with that subject even when they name others ("The General has said …"): the people quoted
 * words speak of are not their speakers, as they may be of a sentence that only tells of someone acting.
 */
import { firstTokenAtOrAfter } from '../nlp/pipeline.ts';
import type { WorkingSentence } from './annotate.ts';
import { tokenAt } from './speakers.ts';

/**
 * True when the mention `subject` of `sentence` (its token and its words) is followed, after adverbs at most,
 * by a verb of saying (`isSaying`, by lemma): "The Captain writes that …", "Reese says …".
 */
export function reportsSpeech(
  sentence: WorkingSentence,
  subject: { token: number; text: string },
  isSaying: (lemma: string) => boolean,
): boolean {
  const { analysis } = sentence;
  const end = tokenAt(analysis, subject.token).start + subject.text.length;
  let t = firstTokenAtOrAfter(analysis, sentence.tokenStart, sentence.tokenEnd, end);
  while (t < sentence.tokenEnd && tokenAt(analysis, t).pos === 'ADV') t++;
  if (t >= sentence.tokenEnd) return false;
  const verb = tokenAt(analysis, t);
  return verb.pos === 'VERB' && isSaying(verb.lemma);
}
