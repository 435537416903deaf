/**
 * A speaker's words run on past the sentence a why- or what-answer shows: "'We had teams enough for those
 * little guns,' the Texan said." is followed in its paragraph by "'We buried them because they slowed the
 * column…'", the reason asked. The next sentence of the paragraph giving words of a speaker the shown one
 * quotes is their account going on, while it stays on the shown sentence's subject (it points back to it or
 * shares a word or a name with it: a caller's turn goes on to "The port has a new director too."). Nothing
 * goes on after a sentence that already gives the asked reason (the draft's `reasonGiven`), nor in one part of
 * a reply of several, which has only its share of the length. Reads the quotations the knowledge found in each
 * sentence; the sentence is added as the answer is shown (shown-answer.ts), so it decides nothing of whether
 * the question is answered.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { withSentencesBeside } from './sentences-beside.ts';
import type { AnswerIntent, Evidence } from './types.ts';

/** A pronoun of the third person or a demonstrative ("that" and "there" are too often neither): the words point back. */
const POINTS_BACK = /\b(?:it|its|they|them|their|theirs|this|these|those|he|him|his|she|her)\b/iu;

/** Whether `next` stays on what `s` speaks of: it points back, or shares a content word or a name with it. */
function staysOnSubject(s: Sentence, next: Sentence): boolean {
  if (POINTS_BACK.test(next.text)) return true;
  const lemmas = new Set(s.lemmas);
  if (next.lemmas.some((l) => lemmas.has(l))) return true;
  const entities = new Set(s.mentions.map((m) => m.entityId));
  return next.mentions.some((m) => entities.has(m.entityId));
}

/**
 * The sentence after `s` in its paragraph (of the same kind) when it quotes a speaker `s` quotes too and stays
 * on its subject; `null` when there is none, it quotes no one or someone else, or it turns to another subject.
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
  if (!(index.quotesBySentence.get(next.id) ?? []).some((q) => speakers.has(speaker(q)))) return null;
  return staysOnSubject(s, next) ? next : null;
}

/**
 * `evidence` of an answer given as `answeredAs`, each sentence of a why- or what-answer giving someone's words
 * followed by the sentence their words go on in ({@link speakerGoesOn}), unless shown already or the answer
 * already gives a reason at it (`reasonGiven`, sentence ids). Added as the answer is shown, after the checks
 * that decide whether it answers: it covers nothing more of the question. `whole` is false for one part of a
 * reply of several (or one side of a comparison), which has only its share of the room: nothing is added.
 */
export function withWordsGoingOn(
  index: Pick<KnowledgeIndex, 'neighbour' | 'quotesBySentence' | 'sentence' | 'evidenceSentenceIds'>,
  answeredAs: AnswerIntent,
  evidence: readonly Evidence[],
  { reasonGiven = [], whole = true }: { reasonGiven?: readonly string[]; whole?: boolean } = {},
): Evidence[] {
  if ((answeredAs !== 'what' && answeredAs !== 'why') || !whole) return [...evidence];
  const reasoned = new Set(reasonGiven);
  return withSentencesBeside(index, evidence, 'after', (sentence) =>
    reasoned.has(sentence.id) ? null : speakerGoesOn(index, sentence),
  );
}
