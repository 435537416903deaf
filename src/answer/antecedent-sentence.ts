/**
 * A sentence shown alone that opens by pointing back ("His order to Maj. Robert L. Howze was short…", "They
 * were freed in 1911…", "It is known on this side of the river mainly for…") leaves out whom or what it
 * speaks of: the sentence before says it ("On the evening of May 4, 1916, Gen. Pershing had word…"). The
 * why and what answers (explain.ts) take that sentence along for the sentence they answer from, but not for
 * the others they show (a second passage, a sentence after); the handlers that show a single sentence for a
 * name, a figure or a date (who.ts, count.ts, date.ts) not at all, so the name a who-answer found through the
 * pronoun was never shown. Reads the knowledge index's opening test and sentence order; adds nothing to a
 * draft's confidence or headline.
 */
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { AnswerIntent, Evidence } from './types.ts';
import { withSentencesBeside } from './sentences-beside.ts';

/**
 * The answers whose shown sentences are read with what they lean on: those of the coverage's content but a
 * timeline, whose rows stand one to a date.
 */
const READ_WITH_ANTECEDENT: ReadonlySet<AnswerIntent> = new Set([
  'who',
  'count',
  'date',
  'what',
  'why',
  'quote',
]);

/**
 * `evidence` of an answer given as `answeredAs`, each sentence that points back preceded by the sentence of
 * its article before it (of the same kind: no headline before a report's first sentence), unless the evidence
 * shows that sentence already. Other answers' evidence is returned as it is.
 */
export function withAntecedents(
  index: Pick<KnowledgeIndex, 'leansOn' | 'sentence' | 'evidenceSentenceIds'>,
  answeredAs: AnswerIntent,
  evidence: readonly Evidence[],
): Evidence[] {
  if (!READ_WITH_ANTECEDENT.has(answeredAs)) return [...evidence];
  return withSentencesBeside(index, evidence, 'before', (sentence) => {
    const before = index.leansOn(sentence.id);
    return before && before.kind === sentence.kind ? before : null;
  });
}
