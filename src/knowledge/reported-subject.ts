/**
 * The subject of a verb of saying that ends a clause reported by another verb of saying: in "He said Sieber
 * read it over and handed it back and said, '…'" the words are Sieber's, the subject of the verbs joined in
 * the reported clause, not the one who reports it ("he"). The clause's subject is looked for first in the
 * words after the reporting verb.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { Token } from '../nlp/pipeline.ts';
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
  const openingMention = sentence.named.at(opening);
  if (openingMention) {
    // "The sergeant told me Mexico said to him": a place or a body said nothing to the one who tells it.
    if (told && finder.entity(openingMention.entityId)?.type !== 'person')
      return teller(finder, sentence, left.slice(0, reporting), people, outer);
    const named = finder.subjectIn(sentence, reported, people, outer, false);
    return named?.speakerId ? named : null;
  }
  // A name opens the clause after the one told: it is the subject when it is read as a person's.
  const openingToken = tokenAt(analysis, opening);
  // "He told us Tuesday he would say": a day's name says when, not who.
  if (!told || !isNameWord(openingToken) || isCalendarName(openingToken.value)) return null;
  // "told me Geronimo's men, after the fight, said": only a name that is the whole subject is read here.
  let nameEnd = 1;
  while (nameEnd < reported.length && isNameWord(tokenAt(analysis, reported[nameEnd] ?? -1))) nameEnd++;
  if (reported.slice(nameEnd).some((t) => !VERB_CHAIN_POS.has(tokenAt(analysis, t).pos))) return null;
  const phrase = nounPhraseBefore(analysis, reported.slice(0, nameEnd));
  if (phrase && readAsPerson(finder, phrase.speakerName, people)) return phrase;
  // "A sergeant told me Deming said to him, '…'": no one the article knows said it; the one telling speaks.
  return teller(finder, sentence, left.slice(0, reporting), people, outer);
}

/** Parts of speech between a subject and its verb of saying ("Geronimo had once said"). */
const VERB_CHAIN_POS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/** True for a capitalised word of a name ("Fort", "Bliss"). */
function isNameWord(tok: Token): boolean {
  return tok.pos === 'PROPN' && NAME_WORD.test(tok.value);
}

/** The subject of the verb telling the words (`before` the verb), named or described; `null` when none is. */
function teller(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  before: readonly number[],
  people: readonly PersonMention[],
  outer: WorkingQuote | null,
): Omit<SpeakerGuess, 'cue'> | null {
  return (
    finder.subjectIn(sentence, before, people, outer, false) ?? nounPhraseBefore(sentence.analysis, before)
  );
}

/**
 * True when `name` is a person's as the article reads it: a person named before in it by that name or its
 * last word, or one word whose first sense in the lexicon or WordNet is a person ("Geronimo"). "A sergeant
 * told me Deming said to him" names a town, "Sedena said" a ministry, "Easter" a day: no one speaks for them
 * here, as nothing in the article makes them people.
 */
function readAsPerson(finder: SpeakerFinder, name: string, people: readonly PersonMention[]): boolean {
  if (!name.includes(' ') && finder.isPersonNoun(name.toLowerCase())) return true;
  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.entityId)) continue;
    seen.add(p.entityId);
    const known = finder.entity(p.entityId);
    if (known?.type === 'person' && (known.name === name || known.name.endsWith(` ${name}`))) return true;
  }
  return false;
}

/** Pronouns that are only ever a verb's object: "told me" hands the words to no one named "me". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'them']);
