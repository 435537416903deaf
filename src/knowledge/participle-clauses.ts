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
  const subject = subjectOf(analysis, clause.slice(openingEnd(analysis, clause)));
  let end = subject.length;
  while (end > 0 && tokenAt(analysis, subject[end - 1] ?? -1).pos === 'PUNCT') end--;
  const words = subject.slice(0, end);
  const first = words[0] === undefined ? null : tokenAt(analysis, words[0]);
  return (
    finder.subjectIn(sentence, words, people, outer, false) ??
    (first?.pos === 'DET' ? nounPhraseBefore(analysis, words) : null)
  );
}

/** Tokens at most of a dateline before its dash ("MADERA, Chihuahua (IAP) —", "SAN ANTONIO, Texas, Sept. 21. —"). */
const MAX_DATELINE_TOKENS = 12;
/** Tokens at most of a phrase a preposition opens before the subject and its comma ("On Sunday,"). */
const MAX_OPENING_PHRASE_TOKENS = 8;
/** Dashes that end a dateline. */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);

/**
 * Where the subject of `clause` may start: past a dateline that opens it ("EL PASO (AP) — Pedro Ruiz …"; a
 * capitalised opening with a comma or a bracket and no verb, up to a dash), then past a phrase a preposition
 * opens and a comma closes ("On Sunday, a crowd gathered …"). Neither names who acts: the wire service in
 * the dateline is not the subject, and "On" opens no subject. An index into `clause`.
 */
function openingEnd(analysis: Analysis, clause: readonly number[]): number {
  let start = 0;
  const first = tokenAt(analysis, clause[0] ?? -1);
  if (/^\p{Lu}/u.test(first.value)) {
    let setOff = false;
    for (let k = 1; k < clause.length && k <= MAX_DATELINE_TOKENS; k++) {
      const tok = tokenAt(analysis, clause[k] ?? -1);
      if (tok.pos === 'VERB' || tok.pos === 'AUX') break;
      if (tok.value === ',' || tok.value === '(') setOff = true;
      if (DATELINE_DASHES.has(tok.value)) {
        if (setOff) start = k + 1;
        break;
      }
    }
  }
  if (tokenAt(analysis, clause[start] ?? -1).pos !== 'ADP') return start;
  for (let k = start + 1; k < clause.length && k - start <= MAX_OPENING_PHRASE_TOKENS; k++) {
    const tok = tokenAt(analysis, clause[k] ?? -1);
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'PRON') return start;
    if (tok.value === ',') return k + 1;
  }
  return start;
}
