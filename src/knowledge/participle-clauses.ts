/**
 * A verb of saying in its -ing form set off by a comma opens a participle clause ("A band of armed men …
 * attacked the custom house in Nogales, Sonora, at daybreak yesterday, shouting '…'"; "The ministry issued
 * a statement on Tuesday, saying '…'"): the words are its main clause's subject's, not those of the last name
 * before the comma.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import { subjectOf } from './clause-words.ts';
import type { SpeakerFinder } from './speaker-finder.ts';
import { nounPhraseBefore, tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';

/** True for a verb's present participle ("crying", "shouting"). */
export function isPresentParticiple(verb: Pick<Token, 'normal' | 'lemma' | 'pos'>): boolean {
  return verb.pos === 'VERB' && verb.normal.endsWith('ing') && verb.normal !== verb.lemma;
}

/** True when token `before[k]` is a verb's present participle right after a comma (", shouting", ", saying"). */
export function participleAfterComma(analysis: Analysis, before: readonly number[], k: number): boolean {
  return (
    k > 0 &&
    tokenAt(analysis, before[k - 1] ?? -1).value === ',' &&
    isPresentParticiple(tokenAt(analysis, before[k] ?? -1))
  );
}

/**
 * The subject of the clause `clause` (the tokens from the clause's start to the participle) opens with: a
 * person or body named or pointed to there, or the description it opens with ("a band of armed men");
 * `null` when it opens otherwise.
 */
export function participleSubject(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  clause: readonly number[],
  people: readonly PersonMention[],
  outer: WorkingQuote | null,
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const subject = subjectOf(analysis, clause);
  let end = subject.length;
  while (end > 0 && tokenAt(analysis, subject[end - 1] ?? -1).pos === 'PUNCT') end--;
  const words = subject.slice(0, end);
  const first = words[0] === undefined ? null : tokenAt(analysis, words[0]);
  return (
    finder.subjectIn(sentence, words, people, outer, false) ??
    (first?.pos === 'DET' ? nounPhraseBefore(analysis, words) : null)
  );
}
