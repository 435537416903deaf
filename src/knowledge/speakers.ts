/**
 * Helpers for finding who speaks a quotation: the word at a token, names and noun phrases before an
 * attribution verb, the last person of a gender named, the subject a pronoun continues, and a quotation's
 * text and kind.
 */
import { ENTITY_PREFIX, lowerBound, sentenceAt, type Analysis, type Token } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import { collapseSpaces } from './clean.ts';
import { SPEECH_CUES } from './name-words.ts';
import { nameOpeningBefore } from './particle-names.ts';
import { isOrganisationName } from './organisation-names.ts';
import type { EntityMention, QuoteKind } from './schema.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { ABBREVIATION } from './object-position.ts';
import { onlyPunctuationOrConjunctions } from './mention-order.ts';
import { frontedPhraseBefore } from './fronted-phrase.ts';
import { lastClauseSubject } from './last-clause-subject.ts';
import { relativeClauseSubject } from './relative-clause-subject.ts';
import { mentionsVersion } from './mentions-version.ts';
import { POSSESSIVE_MARKS } from '../nlp/possessive.ts';
import { THIRD_PERSON } from '../nlp/third-person.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}[\p{L}'’-]+$/u;
const P2 = /\p{L}/u;

const MAX_NP_WORDS = 7;
/** "My", "our": the speaker's own, in words they are quoted saying. */
export const FIRST_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);
/**
 * People mentioned before a pronoun that are searched for its antecedent: a pronoun refers to someone named
 * recently, and a bound keeps an article of thousands of names linear.
 */
export const MAX_PRONOUN_LOOKBACK = 64;
/** No people: a centre from its own sentence or the paragraph before names no one after it. */
const NO_ONE: ReadonlySet<string> = new Set();
/** Sentences looked back over, within the paragraph, for the subject a pronoun continues. */
const CENTRE_SENTENCES = 2;
const TRAILING_LINK = /\s*(pic\.twitter\.com\/\S+|https?:\/\/\S+)\s*$/u;

export interface PersonMention {
  order: number;
  entityId: string;
}

export interface SpeakerGuess {
  speakerId: string | null;
  speakerName: string;
  cue: string | null;
}

/**
 * The person a subject pronoun of attribution most likely continues ("…," he said): the first person named
 * outside quotation marks earlier in its own sentence, else in the sentence before — the subject the text
 * is about — when their gender fits or is not yet known (and is then learnt from the pronoun).
 */
export function centreOf(
  sentence: WorkingSentence,
  before: number,
  isPerson: (id: string) => boolean,
): string | null {
  return centreMention(sentence, before, isPerson)?.entityId ?? null;
}

/**
 * {@link centreOf}'s person, and whether they are the subject of a verb of saying in the sentence before
 * that names others in what they said ("A Mexican official …, who would speak only if not named, said the
 * government of President Gustavo Díaz Ordaz had been told"): then the pronoun is theirs. `after` holds the
 * people that sentence names after its subject, in what the subject did ("T. W. Kennedy wired the governor");
 * `oblique` those of them named after a preposition ("… in other figures than Mr. Langham").
 */
export function centreMention(
  sentence: WorkingSentence,
  before: number,
  isPerson: (id: string) => boolean,
): Centre | null {
  // Among the mentions by name only: a sentence of thousands of quotations tagged "he said" holds thousands of
  // pronouns, and scanning them for each was quadratic.
  // "Of Captain Fremont's arrival she writes": a name in a phrase set before the subject is not it.
  const fronted = frontedPhraseBefore(sentence.analysis, sentence.tokenStart, before);
  const own = fronted
    ? undefined
    : sentence.named.firstIn(
        0,
        before,
        (m) =>
          isPerson(m.entityId) &&
          !quoted(sentence, m.token) &&
          !ownerBeforeAside(sentence.analysis, m, before),
      );
  if (own) return { entityId: own.entityId, spoke: false, after: NO_ONE, oblique: NO_ONE };
  let previous = sentence.previous;
  for (let back = 0; previous && back < CENTRE_SENTENCES; back++, previous = previous.previous) {
    if (previous.kind !== sentence.kind) return null;
    const found = goesOnWith(previous, isPerson);
    if (found) return found;
    if (previous.paragraph !== sentence.paragraph) {
      const id = subjectBefore(previous, isPerson);
      return id ? { entityId: id, spoke: false, after: NO_ONE, oblique: NO_ONE } : null;
    }
  }
  return null;
}

type Centre = { entityId: string; spoke: boolean; after: ReadonlySet<string>; oblique: ReadonlySet<string> };

/**
 * The readings of {@link goesOnWith}, kept while the sentence's mentions stand: each of a sentence's thousands
 * of quotations tagged "he said" read the sentence before again, and a sentence of 500 KB made that quadratic.
 * Who is a person does not change while an article is read, and both callers (annotate.ts `#centre`,
 * mentions-in-order.ts through {@link centreOf}) pass that test: a caller with another `isPerson` would need its
 * own memo, as this one does not key on it.
 */
const goingOn = new WeakMap<WorkingSentence, { version: number; centre: Centre | null }>();

/** The subject a pronoun in the next sentence continues from `previous`, with whom that subject acted on. */
function goesOnWith(previous: WorkingSentence, isPerson: (id: string) => boolean): Centre | null {
  const version = mentionsVersion(previous);
  const kept = goingOn.get(previous);
  if (kept?.version === version) return kept.centre;
  const centre = readGoesOnWith(previous, isPerson);
  goingOn.set(previous, { version, centre });
  return centre;
}

function readGoesOnWith(previous: WorkingSentence, isPerson: (id: string) => boolean): Centre | null {
  const found = subjectMention(previous, isPerson);
  if (!found) return null;
  const { subject, people } = found;
  const { analysis } = previous;
  const later = people.filter((m) => m.token > subject.token && m.entityId !== subject.entityId);
  return {
    entityId: subject.entityId,
    spoke: later.length > 0 && saysAfter(previous, subject.token, people),
    after: new Set(later.map((m) => m.entityId)),
    oblique: new Set(
      later
        .filter((m) => m.via !== 'pronoun' && afterPreposition(analysis, m.token, subject.token))
        .map((m) => m.entityId),
    ),
  };
}

/** Words at most between a possessive and the comma before a pronoun set off after what it owns ("force"). */
const MAX_OWNED_BEFORE_ASIDE = 3;

/**
 * "Valencia's force, he writes, was near five thousand": a person owning the words a pronoun's aside, set off
 * by a comma at token `pronoun`, breaks into is what the writer speaks of, not who writes.
 */
function ownerBeforeAside(
  analysis: Analysis,
  m: EntityMention & { token: number },
  pronoun: number,
): boolean {
  const comma = pronoun - 1;
  if (analysis.tokens[comma]?.value !== ',') return false;
  const end = (analysis.tokens[m.token]?.start ?? 0) + m.text.length;
  let k = m.token;
  while (k < comma && (analysis.tokens[k]?.start ?? Infinity) < end) k++;
  if (!POSSESSIVE_MARKS.has(analysis.tokens[k]?.normal ?? '')) return false;
  if (comma - k - 1 < 1 || comma - k - 1 > MAX_OWNED_BEFORE_ASIDE) return false;
  for (let j = k + 1; j < comma; j++) {
    const pos = analysis.tokens[j]?.pos;
    if (pos !== 'NOUN' && pos !== 'ADJ') return false;
  }
  return true;
}

/**
 * True when a verb of saying follows the mention at `token` before anyone else of `people` is named: the
 * person said what follows ("A Mexican official …, who would speak only if not named, said …").
 */
function saysAfter(s: WorkingSentence, token: number, people: readonly { token: number }[]): boolean {
  const next = people.find((m) => m.token > token)?.token ?? s.tokenEnd;
  for (let k = token + 1; k < next; k++) {
    const t = s.analysis.tokens[k];
    if (t && t.pos === 'VERB' && SPEECH_CUES.has(t.normal)) return true;
  }
  return false;
}

/** Sentences of the paragraph before looked back over when its last one names no one ({@link subjectBefore}). */
const PREVIOUS_PARAGRAPH_SENTENCES = 3;

/**
 * '"We were clerks …," said Oris T. Wendell. "… When France came, we were ready." / He paused before going
 * on.': the person the paragraph before named outside its quotations, from the sentences before its last
 * (`last`), which named no one: a quotation running on through sentences is its speaker's paragraph.
 */
function subjectBefore(last: WorkingSentence, isPerson: (id: string) => boolean): string | null {
  let from = last.previous;
  for (
    let back = 0;
    from && from.paragraph === last.paragraph && back < PREVIOUS_PARAGRAPH_SENTENCES;
    back++
  ) {
    const subject = subjectOf(from, isPerson);
    if (subject !== null) return subject;
    from = from.previous;
  }
  return null;
}

/**
 * The person sentence `s` is about: the first it names outside its quotation marks, by name rather than by
 * pronoun when it does both.
 */
function subjectOf(s: WorkingSentence, isPerson: (id: string) => boolean): string | null {
  return subjectMention(s, isPerson)?.subject.entityId ?? null;
}

/** {@link subjectOf}'s mention, with every person the sentence names outside its quotation marks. */
function subjectMention(
  s: WorkingSentence,
  isPerson: (id: string) => boolean,
): { subject: EntityMention & { token: number }; people: Array<EntityMention & { token: number }> } | null {
  const people = s.mentions.filter((m) => isPerson(m.entityId) && !quoted(s, m.token));
  const named = people.find((m) => m.via !== 'pronoun');
  // "He kept in his trunk a note from Maj. Howze": "he" or "she" opening the sentence is its subject, over
  // a name a preposition puts later in it ("call her what the children called her: Hermana" names her).
  const first = people[0];
  const opening =
    first?.via === 'pronoun' &&
    named !== undefined &&
    THIRD_PERSON.has(s.analysis.tokens[first.token]?.normal ?? '') &&
    (onlyPunctuationOrConjunctions(s.analysis, s.tokenStart, first.token) ||
      frontedPhraseBefore(s.analysis, s.tokenStart, first.token)) &&
    afterPreposition(s.analysis, named.token, first.token);
  // "The chronicler says …; Chacón says …": the last clause's subject is whom the next sentence goes on with.
  const namedPeople = people.filter((m) => m.via !== 'pronoun');
  // "…, which Mr. Ashcroft always held against him": the relative clause's subject is whom it goes on with.
  const last =
    lastClauseSubject(s.analysis, s.tokenStart, s.tokenEnd, namedPeople, (k) => quoted(s, k)) ??
    relativeClauseSubject(s.analysis, s.tokenEnd, namedPeople, (k) => quoted(s, k));
  const subject = last ?? (opening ? first : undefined) ?? named ?? people[0];
  return subject ? { subject, people } : null;
}

/**
 * True when the name at token `at` stands after a preposition, read back past its determiners and abbreviated
 * titles no further than token `from` ("a note from Maj. Howze").
 */
function afterPreposition(analysis: Analysis, at: number, from: number): boolean {
  let k = at - 1;
  for (; k > from && k >= at - MAX_NP_WORDS; k--) {
    const tok = analysis.tokens[k];
    if (!tok || !(tok.pos === 'DET' || tok.value === '.' || ABBREVIATION.test(tok.value))) break;
  }
  return k > from && analysis.tokens[k]?.pos === 'ADP';
}

/**
 * True when token `k` of sentence `s` is inside one of its quotations, marks included: a binary search over
 * them (top-level, in order, not overlapping), as a sentence may hold thousands and be asked of each name.
 */
export function quoted(s: WorkingSentence, k: number): boolean {
  const at = s.analysis.tokens[k]?.start ?? 0;
  const spans = s.quoteSpans;
  const after = lowerBound(0, spans.length, (i) => (spans[i]?.outerStart ?? 0) <= at);
  // Index -1 is read as a property named "-1", slowly (see quotedAt in sentence-ranges.ts).
  if (after === 0) return false;
  const span = spans[after - 1];
  return span !== undefined && at < span.outerEnd;
}

export function tokenAt(analysis: Analysis, index: number): Token {
  const tok = analysis.tokens[index];
  if (!tok) throw new Error(`Annotator: token ${index} out of range`);
  return tok;
}

/**
 * The token whose index is entry `j` of `indices` ({@link tokenAt} of it). For the readers run once per
 * quotation: a closure named for it in each call costs more than its calls do (tsx's `keepNames` defines the
 * closure's name each time one is made).
 */
export function tokenListedAt(analysis: Analysis, indices: readonly number[], j: number): Token {
  return tokenAt(analysis, indices[j] ?? -1);
}

export function isInsideAlias(analysis: Analysis, start: number, end: number): boolean {
  return analysis.custom.some((c) => c.name.startsWith(ENTITY_PREFIX) && c.start <= start && c.end >= end);
}

/**
 * A person the entity data does not know, named by two or more capitalised proper nouns ending right where
 * the attribution verb is ("…," Greg Abbott said; Texas Governor Greg Abbott said: …). The last two words
 * are taken as the name, so a title in front ("Governor") is left out.
 */
export function properName(analysis: Analysis, tokens: readonly number[]): Omit<SpeakerGuess, 'cue'> | null {
  const words = tokens.map((t) => tokenAt(analysis, t)).filter((t) => t.pos !== 'PUNCT');
  let run = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (!w || w.pos !== 'PROPN' || !P1.test(w.value)) break;
    run++;
  }
  if (run < 2) return null;
  // "Jesús de León Tello said", "The El Paso Sector said": a surname's particle with the given name before
  // it, and an article opening the name, are the name's own, not a title in front.
  const values = words.map((w) => w.value);
  const name = values.slice(nameOpeningBefore(values, words.length - 2)).join(' ');
  return { speakerId: null, speakerName: name };
}

/** Pronouns opening a relative clause about the person the words before them describe. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom']);

/**
 * Pronouns only ever an object ("told me", "gave us"): a noun phrase naming a speaker never takes one in, so
 * "The packer told me Geronimo said" has Geronimo say it, not "me Geronimo".
 */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'them', 'whom']);

/** Words opening a clause that stands as a noun ("what prosecutors called …"), its subject after them. */
const FREE_RELATIVES: ReadonlySet<string> = new Set(['what', 'whatever']);

/** The words naming a speaker who is not a known entity ("A lot of people say …"). */
export function nounPhraseBefore(
  analysis: Analysis,
  left: readonly number[],
): Omit<SpeakerGuess, 'cue'> | null {
  const words: Token[] = [];
  let firstIndex = -1;
  // "An official of the company who asked not to be named said": the verb is the relative clause's, and
  // the "who" stands for the phrase before it, which is the speaker without it.
  // '"…," the farmers later said': an adverb right before the verb says when or how it was said, not who.
  let kept = left.length;
  while (kept > 1 && tokenAt(analysis, left[kept - 1] ?? -1).pos === 'ADV') kept--;
  const end = left[kept - 1];
  const from = kept - (end !== undefined && RELATIVE_PRONOUNS.has(tokenAt(analysis, end).normal) ? 2 : 1);
  for (let k = from; k >= 0; k--) {
    const tok = tokenAt(analysis, left[k] ?? -1);
    if (
      tok.pos === 'PUNCT' ||
      tok.pos === 'CCONJ' ||
      tok.pos === 'SCONJ' ||
      tok.pos === 'VERB' ||
      tok.pos === 'AUX' ||
      (tok.pos === 'PRON' && OBJECT_PRONOUNS.has(tok.normal)) ||
      // "members of what prosecutors called a 'rip crew'": a clause opened by "what" has its own subject.
      FREE_RELATIVES.has(tok.normal)
    )
      break;
    words.unshift(tok);
    firstIndex = left[k] ?? -1;
    const before = k > 0 ? tokenAt(analysis, left[k - 1] ?? -1) : null;
    if (tok.pos === 'DET' && before?.pos !== 'ADP') break;
  }
  if (
    words.length === 0 ||
    // "my clerk came running up the stairs shouting": a phrase opening with a preposition is where or how
    // the verb before it acts, never its subject.
    words[0]?.pos === 'ADP' ||
    // "The U.S. Attorney's Office for the District of Arizona said": a body's name is one speaker, however long.
    // "The San Carlos Apache Tribe's cultural center said": a possessive's mark is no word of its own.
    (words.filter((w) => !POSSESSIVE_MARKS.has(w.normal)).length > MAX_NP_WORDS &&
      !isOrganisationName(words)) ||
    !words.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')
  ) {
    return null;
  }
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  const text = analysis.text.slice(first.start, last.end);
  // "A lot of people" opens a sentence with a capital of its own; a name ("Geronimo") keeps its capital, and so
  // does a word capitalised inside a sentence ('"…," Mexican soldiers told reporters').
  const named = words.every((w) => w.pos === 'PROPN');
  const ownCapital = first.pos !== 'DET' && !opensSentence(analysis, firstIndex);
  return { speakerId: null, speakerName: named || ownCapital ? text : lowerFirst(text) };
}

/** True when token `t` opens its sentence, past opening punctuation and quotation marks. */
function opensSentence(analysis: Analysis, t: number): boolean {
  const sentence = sentenceAt(analysis, t);
  if (!sentence) return true;
  for (let k = sentence.start; k < t; k++) if (tokenAt(analysis, k).pos !== 'PUNCT') return false;
  return true;
}

/**
 * The last person of `gender` other than `exclude` named before reading order `before`: read back from there,
 * not from the article's end, so a pronoun early in a long article still finds who was named before it.
 */
export function lastPerson(
  people: readonly PersonMention[],
  before: number,
  gender: 'male' | 'female',
  exclude: string | null,
  genderOf: (id: string) => 'male' | 'female' | null,
): string | null {
  return lastNamedBefore(people, before, (id) => id !== exclude && genderOf(id) === gender);
}

/**
 * The last of `people` named before reading order `before` for whom `fits` holds, read back over at most
 * {@link MAX_PRONOUN_LOOKBACK} of them from there; `null` when none is.
 */
export function lastNamedBefore(
  people: readonly PersonMention[],
  before: number,
  fits: (id: string) => boolean,
): string | null {
  const end = lowerBound(0, people.length, (k) => (people[k]?.order ?? 0) < before);
  for (let i = end - 1; i >= 0 && end - i <= MAX_PRONOUN_LOOKBACK; i--) {
    const p = people[i];
    if (p && fits(p.entityId)) return p.entityId;
  }
  return null;
}

export function copyGuess(q: WorkingQuote): SpeakerGuess {
  return { speakerId: q.speakerId, speakerName: q.speakerName, cue: q.cue };
}

export function cleanQuoteText(raw: string): string {
  // Most quotations hold no link, and a look for its start costs less than the pattern tried at every space.
  const linkless = mayHoldLink(raw) ? raw.replace(TRAILING_LINK, '') : raw;
  const text = collapseSpaces(linkless).trim();
  return text.endsWith(',') ? text.slice(0, -1) : text;
}

/** False when `text` has none of the starts of a {@link TRAILING_LINK}. */
function mayHoldLink(text: string): boolean {
  return text.includes('http') || text.includes('pic.twitter.com/');
}

export function quoteKind(text: string): QuoteKind {
  // Most quotations open on an ASCII letter, whose case is known without the Unicode pattern and two copies.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) break;
    if (c >= 0x41 && c <= 0x5a) return 'full';
    if (c >= 0x61 && c <= 0x7a) return 'fragment';
  }
  const first = P2.exec(text)?.[0] ?? '';
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase() ? 'full' : 'fragment';
}
