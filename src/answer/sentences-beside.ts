/**
 * An answer's evidence with a sentence of its article added beside some of its sentences as it is shown: the
 * sentence a shown one leans on, before it (antecedent-sentence.ts); a speaker's words going on, after it
 * (speaker-goes-on.ts). One walk for both, so a sentence already shown, or added once, is never added again.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { sentenceEvidence } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Evidence } from './types.ts';

/**
 * `evidence` with, `side` of each sentence, the sentence `beside` gives for it (`null`: none), unless the
 * evidence shows that sentence already or it was added beside an earlier one.
 */
export function withSentencesBeside(
  index: Pick<KnowledgeIndex, 'sentence' | 'evidenceSentenceIds'>,
  evidence: readonly Evidence[],
  side: 'before' | 'after',
  beside: (sentence: Sentence) => Sentence | null,
): Evidence[] {
  const shown = new Set(evidence.flatMap((e) => index.evidenceSentenceIds(e)));
  const out: Evidence[] = [];
  for (const e of evidence) {
    const sentence = e.kind === 'sentence' ? index.sentence(e.id) : null;
    const found = sentence ? beside(sentence) : null;
    const added = found && !shown.has(found.id) ? found : null;
    if (added) shown.add(added.id);
    if (added && side === 'before') out.push(sentenceEvidence(added));
    out.push(e);
    if (added && side === 'after') out.push(sentenceEvidence(added));
  }
  return out;
}
