/**
 * The subject of a verb of saying that ends a clause reported by another verb of saying: in "He said Sieber
 * read it over and handed it back and said, '…'" the words are Sieber's, the subject of the verbs joined in
 * the reported clause, not the one who reports it ("he"). The clause's subject is looked for first in the
 * words after the reporting verb.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { SpeakerFinder } from './speaker-finder.ts';
import { tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';

/** Parts of speech of a reporting verb's subject ("He said", "the operator told"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['PRON', 'PROPN', 'NOUN']);

/**
 * The person named as the subject opening the clause a verb of saying in `left` (the words of the clause before
 * the verb handing the quotation over) reports, when a subject stands before that reporting verb; `null` when
 * `left` holds no such verb, or the reported clause opens with no person's name.
 */
export function subjectOfReportedClause(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  left: readonly number[],
  people: readonly PersonMention[],
  outer: WorkingQuote | null,
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const reporting = left.findLastIndex(
    (t, j) =>
      j > 0 &&
      finder.isCue(tokenAt(analysis, t)) &&
      SUBJECT_POS.has(tokenAt(analysis, left[j - 1] ?? -1).pos),
  );
  if (reporting < 0) return null;
  const reported = left.slice(reporting + 1);
  const opening = reported[0];
  // "He said Sieber read it over and said": the reported clause opens with the name it is about.
  if (opening === undefined || !sentence.named.at(opening)) return null;
  const named = finder.subjectIn(sentence, reported, people, outer, false);
  return named?.speakerId ? named : null;
}
