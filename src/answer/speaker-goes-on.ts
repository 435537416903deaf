/**
 * A speaker's words run on past the sentence a why- or what-answer shows: "'We had teams enough for those
 * little guns,' the Texan said." is followed in its paragraph by "'We buried them because they slowed the
 * column…'", the reason asked. The next sentence of the paragraph giving words of a speaker the shown one
 * quotes is their account going on. Reads the quotations the knowledge found in each sentence; the sentence
 * is added as the answer is shown (shown-answer.ts), so it decides nothing of whether the question is answered.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { sentenceEvidence } from './handlers.ts';
import type { AnswerIntent, Evidence } from './types.ts';

/**
 * The sentence after `s` in its paragraph (of the same kind) when it quotes a speaker `s` quotes too; `null`
 * when there is none, it quotes no one, or someone else.
 */
export function speakerGoesOn(
  index: Pick<KnowledgeIndex, 'neighbour' | 'quotesBySentence'>,
  s: Sentence,
): Sentence | null {
  const next = index.neighbour(s.id, 1);
  if (!next || next.paragraph !== s.paragraph || next.kind !== s.kind) return null;
  // A speaker no entity stands for ("the Texan said") is known by the words naming them.
  const speaker = (q: Quote) => q.speakerId ?? `words:${q.speakerName.toLowerCase()}`;
  const speakers = new Set((index.quotesBySentence.get(s.id) ?? []).map(speaker));
  return (index.quotesBySentence.get(next.id) ?? []).some((q) => speakers.has(speaker(q))) ? next : null;
}

/**
 * `evidence` of an answer given as `answeredAs`, each sentence of a why- or what-answer giving someone's words
 * followed by the sentence their words go on in ({@link speakerGoesOn}), unless shown already. Added as the
 * answer is shown, after the checks that decide whether it answers: it covers nothing more of the question.
 */
export function withWordsGoingOn(
  index: Pick<KnowledgeIndex, 'neighbour' | 'quotesBySentence' | 'sentence' | 'evidenceSentenceIds'>,
  answeredAs: AnswerIntent,
  evidence: readonly Evidence[],
): Evidence[] {
  if (answeredAs !== 'what' && answeredAs !== 'why') return [...evidence];
  const shown = new Set(evidence.flatMap((e) => index.evidenceSentenceIds(e)));
  const out: Evidence[] = [];
  for (const e of evidence) {
    out.push(e);
    const sentence = e.kind === 'sentence' ? index.sentence(e.id) : null;
    const next = sentence ? speakerGoesOn(index, sentence) : null;
    if (next && !shown.has(next.id)) {
      out.push(sentenceEvidence(next));
      shown.add(next.id);
    }
  }
  return out;
}
