/**
 * The subject of a verb of saying that ends a clause reported by another verb of saying: in "He said Sieber
 * read it over and handed it back and said, '…'" the words are Sieber's, the subject of the verbs joined in
 * the reported clause, not the one who reports it ("he"). The clause's subject is looked for first in the
 * words after the reporting verb.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { charRange } from './mention-index.ts';
import type { SpeakerFinder } from './speaker-finder.ts';
import { NAME_WORD } from './name-words.ts';
import { tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';

/** Parts of speech of a reporting verb's subject ("He said", "the operator told"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['PRON', 'PROPN', 'NOUN']);

/**
 * The person named as the subject opening the clause a verb of saying in `left` (the words of the clause before
 * the verb handing the quotation over) reports, when a subject stands before that reporting verb; `null` when
 * the clause after "told me" opens with a name the article shows is no person's, so the words are no one's
 * it names; `undefined` when `left` holds no such verb, or the reported clause opens with no person's name.
 */
export function subjectOfReportedClause(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  left: readonly number[],
  people: readonly PersonMention[],
  outer: WorkingQuote | null,
): Omit<SpeakerGuess, 'cue'> | null | undefined {
  const { analysis } = sentence;
  const reporting = left.findLastIndex(
    (t, j) =>
      j > 0 &&
      finder.isCue(tokenAt(analysis, t)) &&
      SUBJECT_POS.has(tokenAt(analysis, left[j - 1] ?? -1).pos),
  );
  if (reporting < 0) return undefined;
  // "The packer told me Geronimo said to him, '…'": whom the words were told to is no part of the clause.
  const told = OBJECT_PRONOUNS.has(tokenAt(analysis, left[reporting + 1] ?? -1).normal);
  const reported = left.slice(reporting + (told ? 2 : 1));
  const opening = reported[0];
  if (opening === undefined) return undefined;
  // "He said Sieber read it over and said": the reported clause opens with the name it is about.
  const openingMention = sentence.named.at(opening);
  if (openingMention) {
    // "The sergeant told me Mexico said to him, '…'": neither the country nor the sergeant said the words.
    // "told me Mexico's ambassador said" is read on: the name is not the whole subject.
    if (
      told &&
      finder.entity(openingMention.entityId)?.type !== 'person' &&
      wholeSubject(analysis, reported, charRange(analysis, openingMention).end)
    )
      return null;
    const named = finder.subjectIn(sentence, reported, people, outer, false);
    return named?.speakerId ? named : undefined;
  }
  // "The sergeant told me Deming said to him, '…'" where the article writes "outside Deming": a place's name
  // opens the clause; a name the article says nothing of ("told us Ana Díaz said") is read on as any subject.
  if (!told || !isNameWord(tokenAt(analysis, opening))) return undefined;
  let nameEnd = 1;
  while (nameEnd < reported.length && isNameWord(tokenAt(analysis, reported[nameEnd] ?? -1))) nameEnd++;
  if (!wholeSubject(analysis, reported, tokenAt(analysis, reported[nameEnd - 1] ?? -1).end)) return undefined;
  const name = reported
    .slice(0, nameEnd)
    .map((t) => tokenAt(analysis, t).value)
    .join(' ');
  return finder.reader.notPersonKind?.(name) && !readAsPerson(finder, name, people) ? null : undefined;
}

/**
 * True when `name` may be a person's however the article wrote it elsewhere: a person named before in it by
 * that name or its last word, or one word whose first sense in the lexicon or WordNet is a person
 * ("Geronimo", whom "from one of the packers, Geronimo" set where a place would stand).
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

/** Parts of speech between a subject and its verb of saying ("Geronimo had once said"). */
const VERB_CHAIN_POS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/** True when only a verb's auxiliaries and adverbs stand in `reported` after character `end` ("had once"). */
function wholeSubject(analysis: Analysis, reported: readonly number[], end: number): boolean {
  return reported.every(
    (t) => tokenAt(analysis, t).start < end || VERB_CHAIN_POS.has(tokenAt(analysis, t).pos),
  );
}

/** True for a capitalised word of a name ("Fort", "Bliss"). */
function isNameWord(tok: Token): boolean {
  return tok.pos === 'PROPN' && NAME_WORD.test(tok.value);
}

/** Pronouns that are only ever a verb's object: "told me" hands the words to no one named "me". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'them']);
