/**
 * The sentence an answer goes on from. A report often sets the scene in one sentence and tells the fact in the
 * next of its paragraph ("The criminal complaint… says the charge grows out of a November 2017 FBI search of
 * his home in Flora Vista." then "Agents found nine guns…"): the question's words are shared between the two,
 * and the one that matches it best may be either. Shown alone, the second leaves out what the first says of
 * the question. A sentence that points back ("He…", "They…") is read with the one before already
 * (knowledge-index.ts); this is the same for one that does not.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { FOLLOWS_IN_PARAGRAPH } from './following.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/**
 * The sentence `sentence` goes on from in its paragraph (both report text), when it says something of the
 * question the evidence does not: one of the tests in `lacking`, a test per word or name of the question the
 * evidence leaves out, holds of it. `null` otherwise.
 */
export function sceneBefore(
  index: Pick<KnowledgeIndex, 'sentenceIndex' | 'following' | 'sentences'>,
  sentence: Sentence,
  lacking: ReadonlyArray<(s: Sentence) => boolean>,
): Sentence | null {
  const at = index.sentenceIndex.get(sentence.id);
  if (at === undefined || ((index.following[at] ?? 0) & FOLLOWS_IN_PARAGRAPH) === 0) return null;
  const before = index.sentences[at - 1];
  return before && lacking.some((says) => says(before)) ? before : null;
}
