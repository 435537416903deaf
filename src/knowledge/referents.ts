/**
 * Whom a pronoun, a possessive or a word for a relative stands for when attributing a quotation: "he added"
 * after another's words, "her husband was blunter", "his answer", "my first sergeant said" inside a
 * quotation, and the pronoun's referent by the sentence's subject, gender and recency.
 */
import { firstTokenAtOrAfter, lowerBound, type Analysis, type Token } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { ArticleReader } from './article-reader.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { describedRelative } from './pronoun-antecedents.ts';
import { possessedKinBefore } from './possessed-kin.ts';
import { readingOrder } from './mention-order.ts';
import { antecedentInQuote } from './quoted-antecedents.ts';
import { describedMetBySpeaker } from './described-object-antecedent.ts';
import { hyphenatedWords } from './hyphenated-words.ts';
import { ownerOfDescribedSpeaker } from './owner-of-described-speaker.ts';
import {
  copyGuess,
  FIRST_PERSON_POSSESSIVES,
  lastPerson,
  quoted,
  tokenAt,
  type PersonMention,
  type SpeakerGuess,
} from './speakers.ts';

/** Tokens at most from the start of a quotation to the "my"/"our" naming who says the words inside it. */
const MAX_TOKENS_TO_RELATIVE = 6;
const POSSESSIVES = new Set(['his', 'her']);
/** An unnamed owner described by an article ("A retired schoolteacher in Fronteras"). */
const DESCRIBED_OWNER = /^(?:[Aa]n?|[Tt]he) \p{Ll}/u;
/** Sentences back from "he added" to the last quotation, which may only be in this paragraph or the one before. */
const MAX_SENTENCES_TO_ADDED = 12;
/** People named before a relative ("her husband") that are looked through for one of the same surname. */
const MAX_RELATIVE_LOOKBACK = 12;

/**
 * The last quotation's speaker, when a pronoun alone names the one who "added" (`guess`) and stands for
 * someone else of the speaker's gender; the last quotation must be in this paragraph or the one before.
 */
export function addingSpeaker(
  reader: ArticleReader,
  sentences: readonly WorkingSentence[],
  si: number,
  guess: SpeakerGuess,
  previous: WorkingQuote | undefined,
): SpeakerGuess | null {
  const sentence = sentences[si];
  if (!sentence || !previous?.speakerId || previous.speakerId === guess.speakerId || guess.speakerId === null)
    return null;
  // Someone named since the last quotation is whom the pronoun means: "Jones stood up. '…,' he added".
  for (let k = si - 1; k >= 0 && si - k <= MAX_SENTENCES_TO_ADDED; k--) {
    const between = sentences[k];
    if (!between) return null;
    const named = between.mentions.some((m) => {
      if (m.entityId !== guess.speakerId || m.via === 'pronoun') return false;
      // "'The general knows it better than anyone.'": words inside a quotation hand no one the pronoun.
      return !quoted(between, m.token);
    });
    if (named) return null;
    if (between === previous.sentence) break;
  }
  if (sentence.paragraph - previous.sentence.paragraph > 1 || previous.sentence.kind !== sentence.kind)
    return null;
  const ofGuess = sentence.mentions.filter((m) => m.entityId === guess.speakerId);
  if (ofGuess.length === 0 || ofGuess.some((m) => m.via !== 'pronoun')) return null;
  const pronoun = ofGuess[0] ? tokenAt(sentence.analysis, ofGuess[0].token).normal : '';
  const gender = reader.pronouns.get(pronoun);
  const theirs = reader.genderOf(previous.speakerId);
  if (!gender || (theirs !== null && theirs !== gender)) return null;
  return copyGuess(previous);
}

/**
 * '"Our first sergeant lined us up and said, \'Boys, …\'," Voss said': words recounted inside a quotation
 * by someone the speaker calls "my" or "our" and a word for a person, named by the speaker's name
 * ("Harlan Voss's first sergeant").
 */
export function relativeOfSpeaker(
  reader: ArticleReader,
  outer: WorkingQuote,
  span: QuoteSpan,
  from: number,
): SpeakerGuess | null {
  if (outer.speakerId === null) return null;
  const { analysis, tokenStart, tokenEnd } = outer.sentence;
  const start = firstTokenAtOrAfter(analysis, tokenStart, tokenEnd, from);
  const end = firstTokenAtOrAfter(analysis, tokenStart, tokenEnd, span.outerStart);
  for (let t = start; t < end && t - start < MAX_TOKENS_TO_RELATIVE; t++) {
    // "I told my son, 'Go'": the speaker is the one who says it, not the relative.
    if (['i', 'we'].includes(tokenAt(analysis, t).normal)) return null;
    if (!FIRST_PERSON_POSSESSIVES.has(tokenAt(analysis, t).normal)) continue;
    let head = t + 1;
    while (head < end && head - t <= 3 && ['ADJ', 'NOUN'].includes(tokenAt(analysis, head).pos)) head++;
    const last = tokenAt(analysis, head - 1);
    if (head === t + 1 || last.pos !== 'NOUN' || !reader.isPersonNoun(last.lemma)) return null;
    const words = analysis.text.slice(tokenAt(analysis, t + 1).start, last.end);
    return { speakerId: null, speakerName: `${outer.speakerName}'s ${words}`, cue: null };
  }
  return null;
}

/** Parts of speech of a noun phrase's head. */
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * The person a subject opening with a possessive pronoun ("his answer", "her reply") points back to; not
 * when what is theirs is a person ("her husband").
 */
export function possessor(
  reader: ArticleReader,
  sentence: WorkingSentence,
  subject: readonly number[],
  people: readonly PersonMention[],
  outer: WorkingQuote | null,
): Omit<SpeakerGuess, 'cue'> | null {
  const t = subject.findIndex((k) => POSSESSIVES.has(tokenAt(sentence.analysis, k).normal));
  const at = subject[t];
  if (at === undefined || outer) return null;
  if (subject.slice(t + 1).some((k) => reader.isPersonNoun(tokenAt(sentence.analysis, k).lemma))) return null;
  // "A young marine at the tape, his face covered by a balaclava, sent …": a possessive after the subject's
  // own noun opens words set off about that subject, whose they are.
  if (subject.slice(0, t).some((k) => NOUNS.has(tokenAt(sentence.analysis, k).pos))) return null;
  const gender = reader.pronouns.get(tokenAt(sentence.analysis, at).normal);
  return gender ? referent(reader, sentence, at, gender, people, null) : null;
}

/**
 * A subject of two words, a possessive and a noun for a person ("her husband"): the two tokens and the person
 * the possessive stands for; `null` otherwise. Read by {@link relativeOf} and {@link relativeNamedByOwner}.
 */
function ownedRelative(
  reader: ArticleReader,
  sentence: WorkingSentence,
  subject: readonly number[],
  people: readonly PersonMention[],
): { possessive: Token; noun: Token; owner: Omit<SpeakerGuess, 'cue'> } | null {
  const [possessive, noun] = subject.map((k) => tokenAt(sentence.analysis, k));
  const at = subject[0];
  if (subject.length !== 2 || !possessive || !noun || at === undefined) return null;
  if (!POSSESSIVES.has(possessive.normal) || !reader.isPersonNoun(noun.lemma)) return null;
  const gender = reader.pronouns.get(possessive.normal);
  const owner = gender ? referent(reader, sentence, at, gender, people, null) : null;
  return owner ? { possessive, noun, owner } : null;
}

/**
 * "Elena and Frank Castañeda … Her husband was blunter:": a possessive and a noun for a person (a relative)
 * name the other person of the possessor's surname named before, when there is one.
 */
export function relativeOf(
  reader: ArticleReader,
  sentence: WorkingSentence,
  subject: readonly number[],
  people: readonly PersonMention[],
): Omit<SpeakerGuess, 'cue'> | null {
  const owned = ownedRelative(reader, sentence, subject, people);
  if (!owned) return null;
  const { possessive, owner } = owned;
  const surname = owner.speakerName.split(' ').at(-1);
  if (!surname) return null;
  const order = readingOrder(sentence.paragraph - 1, possessive.start);
  // People are in reading order: the first at or after the possessive.
  const before = lowerBound(0, people.length, (k) => (people[k]?.order ?? 0) < order);
  for (let i = before - 1; i >= 0 && before - i <= MAX_RELATIVE_LOOKBACK; i--) {
    const p = people[i];
    if (!p || p.entityId === owner.speakerId) continue;
    const e = reader.entity(p.entityId);
    if (e?.type === 'person' && e.name.split(' ').at(-1) === surname)
      return { speakerId: e.id, speakerName: e.name };
  }
  return null;
}

/**
 * "She said her husband had written that he had '…'": a possessive and a noun for a person right before the
 * verb, when no one of the owner's surname is named ({@link relativeOf}), name the owner's relative as
 * written ("Lucinda Harlow's husband"), not the owner.
 */
export function relativeNamedByOwner(
  reader: ArticleReader,
  sentence: WorkingSentence,
  subject: readonly number[],
  people: readonly PersonMention[],
): Omit<SpeakerGuess, 'cue'> | null {
  const owned = ownedRelative(reader, sentence, subject, people);
  if (!owned || owned.noun.pos !== 'NOUN') return null;
  const { noun, owner } = owned;
  // "a retired schoolteacher in Fronteras" unnamed: "the grandmother of a retired schoolteacher in Fronteras".
  const described = DESCRIBED_OWNER.test(owner.speakerName);
  const name = described
    ? `the ${noun.value} of ${owner.speakerName.charAt(0).toLowerCase()}${owner.speakerName.slice(1)}`
    : `${owner.speakerName}'s ${noun.value}`;
  return { speakerId: null, speakerName: name };
}

/**
 * The person a pronoun of `gender` at token `t` stands for: the sentence's own subject it continues, else
 * the last person of that gender named before it; inside a quotation (`outer`), the last named before the
 * quotation other than its speaker, or the relative the speaker's description brings in.
 */
export function referent(
  reader: ArticleReader,
  sentence: WorkingSentence,
  t: number,
  gender: 'male' | 'female',
  people: readonly PersonMention[],
  outer: WorkingQuote | null,
): Omit<SpeakerGuess, 'cue'> | null {
  // "Guadalupe Inzunza, whose son is a corporal, … '"He said, '…'"' she said": the relative her
  // description brings in is the "he" of her own words.
  const relative = outer?.speakerId
    ? describedRelative(reader.descriptionOf(outer.speakerId), gender, (l) => reader.nounGender(l))
    : null;
  if (outer && relative) return { speakerId: null, speakerName: `${outer.speakerName}'s ${relative}` };
  const possessed = outer
    ? possessedKinBefore(
        reader,
        outer.sentence.analysis,
        outer.sentence.paragraph,
        outer.span.outerStart,
        gender,
        people,
        outer.speakerId,
      )
    : null;
  if (possessed) return { speakerId: null, speakerName: possessed };
  // "My father came home late that night. He told me, '…'": someone the quoted words brought in themselves.
  const inQuote = outer ? antecedentInQuote(reader, sentence, t, gender, outer) : null;
  if (inQuote) return inQuote;
  // "… heard of it as a boy from an old man who had been in the yard. 'He told me, …'": the one the speaker
  // met, described just before, not the last man named.
  const met = outer ? describedMetBySpeaker(reader, outer, gender) : null;
  if (met) return met;
  // "The mother of a Marine in the battalion … '"He wrote, '…'"'": the one whose relative the speaker is.
  const owner = outer
    ? ownerOfDescribedSpeaker(outer.speakerName, gender, (l) => reader.nounGender(l))
    : null;
  if (owner) return owner;
  const at = outer ? outer.span.outerStart : tokenAt(sentence.analysis, t).start;
  const order = readingOrder(sentence.paragraph - 1, at);
  const who =
    (outer ? null : reader.centre(sentence, t, gender)) ??
    lastPerson(people, order, gender, outer?.speakerId ?? null, (id) => reader.genderOf(id));
  const entity = who ? reader.entity(who) : undefined;
  if (entity) return { speakerId: entity.id, speakerName: entity.name };
  // "Ochoa said her mother called her before the convoy left. '"She told me, '…'"' Ochoa said": with no one
  // of the pronoun's gender named, the relative of that gender the speaker's paragraph just spoke of.
  const kin = outer?.speakerId ? relativeBefore(reader, outer, gender) : null;
  return kin && outer ? { speakerId: null, speakerName: `${outer.speakerName}'s ${kin}` } : null;
}

/** Tokens read back from a quotation for the relative a pronoun inside it may stand for. */
const MAX_TOKENS_TO_KIN = 40;

/**
 * The noun of a relative of `gender` after "his"/"her" in the paragraph within {@link MAX_TOKENS_TO_KIN}
 * tokens before the `outer` quotation ("her mother"), the possessive agreeing with the speaker's gender
 * when it is known; `null` when there is none.
 */
function relativeBefore(
  reader: ArticleReader,
  outer: WorkingQuote,
  gender: 'male' | 'female',
): string | null {
  const { analysis } = outer.sentence;
  const end = firstTokenAtOrAfter(analysis, 0, analysis.tokens.length, outer.span.outerStart);
  const speakerGender = outer.speakerId ? reader.genderOf(outer.speakerId) : null;
  for (let t = end - 1; t > 0 && end - t <= MAX_TOKENS_TO_KIN; t--) {
    const noun = tokenAt(analysis, t);
    const possessive = tokenAt(analysis, t - 1);
    if (noun.pos !== 'NOUN' || !POSSESSIVES.has(possessive.normal)) continue;
    if (reader.nounGender(noun.lemma) !== gender || !reader.isPersonNoun(noun.lemma)) continue;
    const owner = reader.pronouns.get(possessive.normal);
    if (speakerGender === null || owner === speakerGender) return noun.normal;
  }
  return null;
}

/** Words between "my"/"our" and the noun of a relative that say nothing of who they are ("my own sister"). */
const INTENSIFIERS = new Set(['own']);

/**
 * The relative or acquaintance a clause's subject names by "my"/"our" ("My first commander used to tell
 * us", "This week my own sister called me and said"), as written without "own"; inside a quotation
 * (`outer`), theirs to its speaker ("Norma Ybarra's sister"). `null` when the subject is no such phrase.
 */
export function firstPersonRelative(
  reader: Pick<ArticleReader, 'isPersonNoun'>,
  analysis: Analysis,
  subject: readonly number[],
  outer: WorkingQuote | null,
): Omit<SpeakerGuess, 'cue'> | null {
  const at = subject.findLastIndex((t) => FIRST_PERSON_POSSESSIVES.has(tokenAt(analysis, t).normal));
  if (at < 0) return null;
  const words = hyphenatedWords(analysis, subject.slice(at + 1));
  const head = words.at(-1)?.at(-1);
  if (!head || head.pos !== 'NOUN' || !reader.isPersonNoun(head.lemma)) return null;
  // "my great-grandmother": a word joined by a hyphen is one word, its parts nouns or adjectives.
  if (words.length > 4 || words.flat().some((w) => w.pos !== 'ADJ' && w.pos !== 'NOUN')) return null;
  const kept = words
    .filter((w) => !(w.length === 1 && INTENSIFIERS.has(w[0]?.normal ?? '')))
    .map((w) => w.map((t) => t.value.toLowerCase()).join('-'));
  const owner = tokenAt(analysis, subject[at] ?? -1).normal;
  return outer?.speakerId
    ? { speakerId: null, speakerName: `${outer.speakerName}'s ${kept.join(' ')}` }
    : { speakerId: null, speakerName: `${owner} ${kept.join(' ')}` };
}
