/**
 * The subject of a verb of saying that ends a clause reported by another verb of saying: in "He said Sieber
 * read it over and handed it back and said, '…'" the words are Sieber's, the subject of the verbs joined in
 * the reported clause, not the one who reports it ("he"). The clause's subject is looked for first in the
 * words after the reporting verb.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { SpeakerFinder } from './speaker-finder.ts';
import { isCalendarName } from '../nlp/calendar-words.ts';
import { NAME_WORD } from './name-words.ts';
import { nounPhraseBefore, tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';

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
  // "The packer told me Geronimo said to him, '…'": whom the words were told to is no part of the clause.
  const told = OBJECT_PRONOUNS.has(tokenAt(analysis, left[reporting + 1] ?? -1).normal);
  const reported = left.slice(reporting + (told ? 2 : 1));
  const opening = reported[0];
  if (opening === undefined) return null;
  // "He said Sieber read it over and said": the reported clause opens with the name it is about.
  if (sentence.named.at(opening)) {
    const named = finder.subjectIn(sentence, reported, people, outer, false);
    return named?.speakerId ? named : null;
  }
  // A name the article knows no one by opens the clause after the one told: it is the subject all the same.
  const openingToken = tokenAt(analysis, opening);
  // "He told us Tuesday he would say": a day's name says when, not who.
  return told &&
    openingToken.pos === 'PROPN' &&
    NAME_WORD.test(openingToken.value) &&
    !isCalendarName(openingToken.value)
    ? nounPhraseBefore(analysis, reported)
    : null;
}

/** Pronouns that are only ever a verb's object: "told me" hands the words to no one named "me". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'them']);
