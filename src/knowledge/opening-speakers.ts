/**
 * Speakers read from how a sentence opens, for quotations no verb of saying beside them attributes: the
 * person a paragraph opens by introducing ("Dale Whitcomb, 71, a retired engineer, …"), the person the
 * sentence before opens with, doing something ("She wiped her goggles. '…'"), the person or body a sentence
 * quoting words in part opens with ("Abbott issued a statement invoking the state's '…'"), and the person
 * named after a body's role ("a Pentagon spokesman, Maj. Dwight Ellery, said").
 */
import { THIRD_PERSON } from '../nlp/third-person.ts';
import { isDocumentNoun } from './document-authors.ts';
import { firstTokenAtOrAfter } from '../nlp/pipeline.ts';
import type { WorkingSentence } from './annotate.ts';
import type { EntityData } from './entity-data.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { quoted, tokenAt, type SpeakerGuess } from './speakers.ts';
import { nameAfterTitle, pluralPeopleOpening } from './subject-openings.ts';
import { reportsSpeech } from './reported-beat.ts';
import { pronounAfterFrontedPhrase } from './fronted-phrase.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^[\p{P}\s]*$/u;
const P2 = /^\p{Lu}\p{Ll}/u;

/** What these readings ask of the article: its entities. */
export interface SpeakerReader {
  entity(id: string): Pick<EntityData, 'id' | 'name' | 'type'> | undefined;
  /** True for a noun naming a person ("agent", "spokesman"). */
  isPersonNoun?(lemma: string): boolean;
}

const SPEAKER_TYPES = new Set(['person', 'organisation']);

/**
 * The person a sentence opens by introducing, a comma after their name ("Dale Whitcomb, 71, a retired
 * Marine engineer, …", "Hortencia Villalobos, who has sold burritos…"): the first words outside quotation
 * marks are their name, after a title or adjectives at most.
 */
export function introducedBy(reader: SpeakerReader, sentence: WorkingSentence): SpeakerGuess | null {
  const { analysis } = sentence;
  const first = sentence.mentions[0];
  if (!first || first.via === 'pronoun') return null;
  if (sentence.quoteSpans.some((q) => q.outerStart < tokenAt(analysis, first.token).start)) return null;
  const entity = reader.entity(first.entityId);
  if (entity?.type !== 'person') return null;
  for (let t = sentence.tokenStart; t < first.token; t++) {
    const pos = tokenAt(analysis, t).pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'ADP' || pos === 'PRON') return null;
  }
  const end = tokenAt(analysis, first.token).start + first.text.length;
  const after = firstTokenAtOrAfter(analysis, sentence.tokenStart, sentence.tokenEnd, end);
  if (after >= sentence.tokenEnd || tokenAt(analysis, after).value !== ',') return null;
  return { speakerId: entity.id, speakerName: entity.name, cue: null };
}

/**
 * The person opening `previous` as its subject ("She wiped her goggles…", "Quintero knelt…") when the
 * quotation opens `sentence`, the two share a paragraph, `previous` quotes no one and `sentence` names
 * no other person.
 */
export function actionBeat(
  reader: SpeakerReader,
  sentence: WorkingSentence,
  span: QuoteSpan,
  previous: WorkingSentence | undefined,
  isSaying: (lemma: string) => boolean = () => false,
): SpeakerGuess | null {
  if (!previous || previous.kind !== sentence.kind) return null;
  const beatParagraph = beatOfItsOwn(previous, sentence);
  if (previous.paragraph !== sentence.paragraph && !beatParagraph) return null;
  if (previous.quoteSpans.length > 0) return null;
  if (!P1.test(sentence.analysis.text.slice(sentence.start, span.outerStart))) return null;
  const start = subjectStart(previous);
  const first = previous.mentions[0];
  if (!first || first.token !== start)
    return first && first.token <= start ? null : nameDoing(reader, sentence, previous, start, beatParagraph);
  const entity = reader.entity(first.entityId);
  if (entity?.type !== 'person') return null;
  // A paragraph of quotation after the beat may name people it talks about, but no other speaker after it;
  // so may words after a sentence reporting what the subject said (reported-beat.ts).
  const others = beatParagraph
    ? namesOther(reader, sentence, entity.id, Number.POSITIVE_INFINITY, span.outerEnd)
    : namesOther(reader, sentence, entity.id, sentence.end, 0, reportsSpeech(previous, first, isSaying));
  return others ? null : { speakerId: entity.id, speakerName: entity.name, cue: null };
}

/**
 * "But Salvador Ortega disagreed. '…'": a name no entity answers to, two capitalised words or more, opening
 * the sentence before as the subject of a verb that ends it, as written, when the quotation's sentence
 * names no one.
 */
function nameDoing(
  reader: SpeakerReader,
  sentence: WorkingSentence,
  previous: WorkingSentence,
  start: number,
  beatParagraph: boolean,
): SpeakerGuess | null {
  const { analysis } = previous;
  let end = start;
  while (
    end < previous.tokenEnd &&
    tokenAt(analysis, end).pos === 'PROPN' &&
    P2.test(tokenAt(analysis, end).value)
  )
    end++;
  const verb = end < previous.tokenEnd ? tokenAt(analysis, end) : undefined;
  if (end - start < 2 || verb?.pos !== 'VERB') return null;
  // A beat of a verb alone ("disagreed.", "shrugged."), as people act; "Fort Bliss announced the move" is
  // a body's act and may name a place.
  let after = end + 1;
  while (after < previous.tokenEnd && tokenAt(analysis, after).pos === 'ADV') after++;
  if (after < previous.tokenEnd && tokenAt(analysis, after).pos !== 'PUNCT') return null;
  const others = beatParagraph
    ? namesOther(reader, sentence, null, Number.POSITIVE_INFINITY)
    : namesOther(reader, sentence, null, sentence.end);
  if (others) return null;
  const name = analysis.text.slice(tokenAt(analysis, start).start, tokenAt(analysis, end - 1).end);
  return { speakerId: null, speakerName: name, cue: null };
}

/** Tokens at most of a phrase set off by a comma before a sentence's subject ("Later that night,"). */
const MAX_OPENING_PHRASE = 6;

/**
 * The token a sentence's subject starts at, past a conjunction or adverb opening it ("But Ortega
 * disagreed.") and a short phrase with no verb set off by a comma ("Later, Gen. Sandoval defended …"), or
 * at "he" or "she" after a phrase a preposition leads with no comma ("Of the Mexicans at Tucson he is …").
 */
function subjectStart(sentence: WorkingSentence): number {
  const { analysis, tokenStart, tokenEnd } = sentence;
  const pronoun = pronounAfterFrontedPhrase(analysis, tokenStart, tokenEnd);
  if (pronoun >= 0) return pronoun;
  let k = tokenStart;
  for (let c = k; c < tokenEnd && c - tokenStart <= MAX_OPENING_PHRASE; c++) {
    const t = tokenAt(analysis, c);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PROPN') break;
    if (t.value === ',') {
      k = c + 1;
      break;
    }
  }
  while (k < tokenEnd && ['CCONJ', 'ADV'].includes(tokenAt(analysis, k).pos)) k++;
  return k;
}

/**
 * True when `previous` is a paragraph of one sentence, a beat ("He paused before going on."), and `sentence`
 * opens the next paragraph.
 */
function beatOfItsOwn(previous: WorkingSentence, sentence: WorkingSentence): boolean {
  return (
    previous.position === 1 &&
    sentence.position === 1 &&
    sentence.paragraph === previous.paragraph + 1 &&
    previous.previous?.paragraph !== previous.paragraph
  );
}

/**
 * True when `sentence` names a person other than `id` (any person for `null`), by name or role, before
 * character offset `before` of its paragraph (and at or after `from`); with `outsideQuotes`, a person named
 * only inside its quotations (whom the quoted words speak of) does not count.
 */
export function namesOther(
  reader: SpeakerReader,
  sentence: WorkingSentence,
  id: string | null,
  before: number,
  from = 0,
  outsideQuotes = false,
): boolean {
  // A loop, not a callback: one is made per quotation, and tsx names each closure it makes.
  for (const m of sentence.mentions) {
    if (m.via === 'pronoun' || m.entityId === id) continue;
    if (outsideQuotes && quoted(sentence, m.token)) continue;
    const at = tokenAt(sentence.analysis, m.token).start;
    if (at < from || at >= before) continue;
    if (reader.entity(m.entityId)?.type === 'person') return true;
  }
  return false;
}

/** Where each sentence first names a person or body, by character, read once however many quotations ask. */
const FIRST_SPEAKER_AT = new WeakMap<WorkingSentence, number>();

/** The character where `sentence` first names a person or body by name, or Infinity when it names none. */
function firstPersonAt(reader: SpeakerReader, sentence: WorkingSentence): number {
  const known = FIRST_SPEAKER_AT.get(sentence);
  if (known !== undefined) return known;
  const m = sentence.mentions.find(
    (x) => x.via !== 'pronoun' && SPEAKER_TYPES.has(reader.entity(x.entityId)?.type ?? ''),
  );
  const at = m ? tokenAt(sentence.analysis, m.token).start : Infinity;
  FIRST_SPEAKER_AT.set(sentence, at);
  return at;
}

/** The person or body opening `sentence` as its subject, when no other person stands before `span`. */
export function subjectsWords(
  reader: SpeakerReader,
  sentence: WorkingSentence,
  span: QuoteSpan,
): SpeakerGuess | null {
  const { analysis } = sentence;
  const isSpeaker = (id: string) => SPEAKER_TYPES.has(reader.entity(id)?.type ?? '');
  // "Cameron County Commissioner Gilberto Reyna III opened with …": the county is the title's, not the subject.
  const titled =
    sentence.mentions[0] &&
    (!isSpeaker(sentence.mentions[0].entityId) || sentence.mentions[0].token > sentence.tokenStart + 1)
      ? nameAfterTitle(analysis, sentence.tokenStart, sentence.mentions, isSpeaker)
      : null;
  const first = titled ?? sentence.mentions[0];
  // "Officials have called the operation '…'": people named by what they are, with no one named before.
  const group = reader.isPersonNoun
    ? pluralPeopleOpening(analysis, sentence.tokenStart, sentence.tokenEnd, reader.isPersonNoun)
    : null;
  if (group && firstPersonAt(reader, sentence) >= span.outerStart)
    return { speakerId: null, speakerName: group, cue: null };
  if (!first) return null;
  if (first.via === 'pronoun')
    return ownersDocument(reader, sentence, first, span) ?? pronounSubject(reader, sentence, first, span);
  // "Jan. 24 (Wednesday): Abbott issues…": a timeline's heading before the colon is no part of the clause.
  const opens =
    titled !== null ||
    first.token <= sentence.tokenStart + 1 ||
    (first.token > sentence.tokenStart && tokenAt(analysis, first.token - 1).value === ':');
  if (!opens) return null;
  const entity = reader.entity(first.entityId);
  if (!entity || !SPEAKER_TYPES.has(entity.type)) return null;
  if (namesOther(reader, sentence, entity.id, span.outerStart)) return null;
  // "A Border Patrol agent from the Tucson Sector testified …": the body names what the person is.
  const described =
    first.token > sentence.tokenStart && ['a', 'an'].includes(tokenAt(analysis, sentence.tokenStart).normal)
      ? personOfBody(reader, sentence)
      : null;
  return described ?? { speakerId: entity.id, speakerName: entity.name, cue: null };
}

/**
 * "Mr. Boggs also differs … He puts Walker's command at '…'": words quoted in part in a sentence opening with
 * "he"/"she" are the person the pronoun was resolved to, as they are a name's opening the sentence.
 */
function pronounSubject(
  reader: SpeakerReader,
  sentence: WorkingSentence,
  pronoun: { token: number; entityId: string },
  span: QuoteSpan,
): SpeakerGuess | null {
  if (pronoun.token !== sentence.tokenStart) return null;
  if (!THIRD_PERSON.has(tokenAt(sentence.analysis, pronoun.token).normal)) return null;
  const entity = reader.entity(pronoun.entityId);
  if (entity?.type !== 'person') return null;
  // "He said he had, and that it described the bank as '…'": a clause of "it" or "they" before the words has
  // a subject of its own, which is no person ("He called it '…'", where "it" is the object, has none).
  for (let t = pronoun.token + 1; t < sentence.tokenEnd; t++) {
    const token = tokenAt(sentence.analysis, t);
    if (token.start >= span.outerStart) break;
    const next = sentence.analysis.tokens[t + 1];
    if (IMPERSONAL_SUBJECTS.has(token.normal) && (next?.pos === 'VERB' || next?.pos === 'AUX')) return null;
  }
  // "He puts Walker's command at '…'": one named only as an owner is no other subject; one named otherwise is.
  for (const m of sentence.mentions) {
    if (m.via === 'pronoun' || m.entityId === entity.id) continue;
    const at = tokenAt(sentence.analysis, m.token).start;
    if (at >= span.outerStart || reader.entity(m.entityId)?.type !== 'person') continue;
    if (!POSSESSIVE_AFTER.test(sentence.analysis.text.slice(at + m.text.length, at + m.text.length + 2)))
      return null;
  }
  return { speakerId: entity.id, speakerName: entity.name, cue: null };
}

/** Subjects that stand for no person: a clause they open before the words is someone else's saying. */
const IMPERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they']);

/** The possessive ending right after a name ("Walker's"). */
const POSSESSIVE_AFTER = /^['’]s?/u;

/** Possessive pronouns that open a sentence with what is someone's ("His order…"). */
const POSSESSIVE_OPENERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/**
 * "His order, as given out at headquarters, directs the officers 'to protect…'": words quoted in part in a
 * sentence opening with a possessive pronoun and a document are the document's author's, the person or body
 * the pronoun was resolved to. Not "His wife told…" (no document), nor when another person stands before
 * the words.
 */
function ownersDocument(
  reader: SpeakerReader,
  sentence: WorkingSentence,
  pronoun: { token: number; entityId: string },
  span: QuoteSpan,
): SpeakerGuess | null {
  const { analysis } = sentence;
  if (pronoun.token !== sentence.tokenStart) return null;
  if (!POSSESSIVE_OPENERS.has(tokenAt(analysis, pronoun.token).normal)) return null;
  const noun = pronoun.token + 1 < sentence.tokenEnd ? tokenAt(analysis, pronoun.token + 1) : null;
  if (!noun || !isDocumentNoun(noun.value)) return null;
  const entity = reader.entity(pronoun.entityId);
  if (!entity || !SPEAKER_TYPES.has(entity.type)) return null;
  if (namesOther(reader, sentence, entity.id, span.outerStart)) return null;
  return { speakerId: entity.id, speakerName: entity.name, cue: null };
}

/** Words at most of a person described by a body opening a sentence ("A Border Patrol agent from the Tucson Sector"). */
const MAX_DESCRIBED_WORDS = 10;

/**
 * The person a sentence opens by describing with a body's name ("A Border Patrol agent from the Tucson
 * Sector testified …"): the words from "a" up to the verb, as written, when a noun among them names a person.
 */
function personOfBody(reader: SpeakerReader, sentence: WorkingSentence): SpeakerGuess | null {
  const { analysis } = sentence;
  let end = sentence.tokenStart + 1;
  let person = false;
  for (; end < sentence.tokenEnd && end - sentence.tokenStart <= MAX_DESCRIBED_WORDS; end++) {
    const t = tokenAt(analysis, end);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') break;
    if (t.pos === 'NOUN' && reader.isPersonNoun?.(t.lemma)) person = true;
  }
  if (!person || end - sentence.tokenStart > MAX_DESCRIBED_WORDS) return null;
  const from = tokenAt(analysis, sentence.tokenStart).start;
  return {
    speakerId: null,
    speakerName: analysis.text.slice(from, tokenAt(analysis, end - 1).end),
    cue: null,
  };
}

/** A person named after a comma among the `candidates` tokens after token `after`, if any. */
export function personSetOff(
  reader: SpeakerReader,
  sentence: WorkingSentence,
  after: number,
  candidates: ReadonlySet<number>,
): Omit<SpeakerGuess, 'cue'> | null {
  for (const m of sentence.mentions) {
    if (m.token <= after || !candidates.has(m.token) || m.via === 'pronoun') continue;
    const entity = reader.entity(m.entityId);
    if (entity?.type !== 'person') continue;
    // The comma may stand before a title ("…, Maj. Dwight Ellery"): look back past its words.
    for (let back = m.token - 1; back > after && m.token - back <= 4; back--)
      if (tokenAt(sentence.analysis, back).value === ',')
        return { speakerId: entity.id, speakerName: entity.name };
  }
  return null;
}
