/**
 * Whom a pronoun saying a quotation stands for when no named person is its referent: the unnamed person
 * ("An INS spokesman went out of his way … '…,' he told reporters"), the body ("The Mexican Defense
 * Ministry put out a statement. It said …") or the group ("Democrats on the committee have pressed … they
 * called it '…'") the sentence before, in the same paragraph, opens with as its subject.
 */
import { RELATIVE_PRONOUNS } from '../nlp/relative-pronouns.ts';
import { describedObjectOfGender } from './described-object-antecedent.ts';
import { firstTokenAtOrAfter, type Analysis, type Token } from '../nlp/pipeline.ts';
import { speakerLabel } from './transcript.ts';
import type { WorkingSentence } from './working.ts';
import { relationHolder, type DescribedPerson } from './possessed-relations.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import { subordinateTokens, wholeQuotation } from './subordinate-mentions.ts';
import { spokenOfInTagged } from './spoken-of-in-tagged.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { isBodyName, RECEIVERS, senderOfDocument } from './document-senders.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import type { VerbsOfSaying } from './saying-verbs.ts';
import { POSSESSIVE_ENDINGS } from '../nlp/possessive.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}+$/u;
const P2 = /\bwhose\s+(\p{L}+)/iu;

/** What these readings ask of the article: its entities' kinds, words of saying and nouns for people. */
export interface AntecedentReader {
  cues: VerbsOfSaying;
  entity(id: string): { id: string; name: string; type: string } | undefined;
  isPersonNoun(lemma: string): boolean;
  /** The gender a noun for a person marks ("spokeswoman": female), if any. */
  nounGender(lemma: string): 'male' | 'female' | null;
  /** The article's own description of a person it introduced ("His wife"), if any. */
  descriptionOf(id: string): string | null;
  /** True when a noun's first sense is a kind of a synset with the word `kind` ("ministry", "organization"). */
  isKindOf?(lemma: string, kind: string): boolean;
}

/** WordNet's words for a body of people, as noun-kinds.ts reads them ("ministry", "commission"). */
const BODY_KINDS: readonly string[] = ['organization', 'organisation', 'body'];

/** Sentences of the paragraph looked back over for the subject a pronoun continues ("It said … It called …"). */
const MAX_SENTENCES_BACK = 3;
/** Sentences looked back over for the people a relation ("the sergeant's wife") is drawn between. */
const MAX_SENTENCES_TO_RELATION = 4;
/** Words at most of the subject a sentence opens with ("Democrats on the House Armed Services Committee"). */
const MAX_SUBJECT_WORDS = 10;
/** Auxiliaries of an active verb of saying after its pronoun ("it has said", "they had called"). */
/** Tokens at most of a phrase opening a sentence before its subject ("On launch day,"). */
const MAX_OPENING_PHRASE = 8;
const ACTIVE_AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would']);
/** Dashes a sentence may open with after a dateline or a heading ("SEGUIN, Sept. 12. — …"). */
const OPENING_DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);
const INDEFINITE = new Set(['a', 'an']);
const THING_PRONOUNS = new Set(['it', 'they']);
/** Nouns for a collection of people, whose "of" names who they are ("a group of wives", "a crowd of …"). */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'group',
  'crowd',
  'band',
  'delegation',
  'handful',
  'dozen',
]);

/**
 * The unnamed person, body or group the pronoun at token `t` of `sentence` ("he", "she", "it", "they")
 * stands for as the subject of a verb of saying, or `null`. A person pronoun looks only where no person
 * is named: in the sentence before it and before the pronoun in its own.
 */
export function describedAntecedent(
  reader: AntecedentReader,
  sentence: WorkingSentence,
  t: number,
  gender: 'male' | 'female' | null,
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const pronoun = tokenAt(analysis, t);
  const thing = THING_PRONOUNS.has(pronoun.normal);
  if (!saysNext(reader, analysis, t, sentence.tokenEnd)) return null;
  // '"If Aubert had come up, …," he said': whom the tagged words name is spoken of, not speaking.
  const spokenOf = thing ? null : spokenOfInTagged(sentence, t, (id) => reader.entity(id)?.type === 'person');
  if (!thing && namesPerson(reader, sentence, t, spokenOf)) return null;
  let previous = sentence.previous;
  for (let back = 0; previous && back < MAX_SENTENCES_BACK; back++, previous = previous.previous) {
    if (previous.paragraph !== sentence.paragraph || previous.kind !== sentence.kind) return null;
    // '"A girl of seventeen?" she said.': the quotation the pronoun says is its own sentence.
    if (wholeQuotation(previous.analysis, previous.tokenStart, previous.tokenEnd)) continue;
    const subject = openingSubject(previous);
    // "An INS spokesman went out of his way …": the unnamed person the people found opens the sentence.
    const opener = subject[0] === undefined ? '' : tokenAt(previous.analysis, subject[0]).normal;
    const unnamed =
      thing || !INDEFINITE.has(opener)
        ? undefined
        : previous.mentions.find((m) => m.token === subject[0] && m.via !== 'pronoun');
    const entity = unnamed ? reader.entity(unnamed.entityId) : undefined;
    // "A BORTAC agent who trained with Terry …, said …": Terry is in the clause describing the agent.
    const aside =
      thing || !INDEFINITE.has(opener)
        ? new Set<number>()
        : subordinateTokens(previous.analysis, (subject.at(-1) ?? 0) + 1, previous.tokenEnd, (w) =>
            reader.cues.has(w),
          );
    if (
      entity?.type === 'person' &&
      !namesPerson(reader, previous, previous.tokenEnd, entity.id, aside, spokenOf)
    )
      return { speakerId: entity.id, speakerName: entity.name };
    if (
      !thing &&
      namesPerson(
        reader,
        previous,
        previous.tokenEnd,
        null,
        new Set([...describing(reader, previous, subject), ...aside]),
        spokenOf,
      )
    )
      return null;
    if (subject.length === 0) return null;
    const first = tokenAt(previous.analysis, subject[0] ?? -1);
    // "It said … It called …": a sentence opening with the same pronoun goes on with the same subject.
    if (subject.length === 1 && first.normal === pronoun.normal) continue;
    // "We did get a statement from the Fort Clark Historical Society this morning. They said …": the body
    // the writer or host received words from.
    if (thing && subject.length === 1 && RECEIVERS.has(first.normal))
      return senderOfDocument(reader, previous);
    if (thing) return bodyOrGroup(reader, previous, subject, pronoun.normal === 'they');
    return gender
      ? (personDescribed(reader, previous, subject, gender) ??
          describedObjectOfGender(reader, previous, subject, gender))
      : null;
  }
  return null;
}

/** True when the words after the pronoun are an active verb of saying ("he told", "it has said"). */
function saysNext(reader: AntecedentReader, analysis: Analysis, t: number, end: number): boolean {
  let k = t + 1;
  while (k < end && tokenAt(analysis, k).pos === 'ADV') k++;
  if (k < end && ACTIVE_AUXILIARIES.has(tokenAt(analysis, k).normal)) k++;
  while (k < end && tokenAt(analysis, k).pos === 'ADV') k++;
  if (k >= end) return false;
  const verb = tokenAt(analysis, k);
  return verb.pos === 'VERB' && reader.cues.has(verb.lemma);
}

/**
 * True when `sentence` names a person other than `id` by name before token `before`, leaving out a name
 * among the tokens `modifiers` (one standing before the noun of an unnamed person's description).
 */
function namesPerson(
  reader: AntecedentReader,
  sentence: WorkingSentence,
  before: number,
  id: string | null = null,
  modifiers: ReadonlySet<number> = new Set(),
  spokenOf: string | null = null,
): boolean {
  // Among the mentions by name only: a sentence of thousands of quotations tagged "he said" holds thousands of
  // pronouns.
  const named = sentence.named.firstIn(
    0,
    before,
    (m) =>
      !modifiers.has(m.token) &&
      m.entityId !== id &&
      m.entityId !== spokenOf &&
      reader.entity(m.entityId)?.type === 'person',
  );
  return named !== undefined;
}

/**
 * "A Villa officer who was taken prisoner …", "A Trump adviser": the tokens before the noun of a subject that
 * describes an unnamed person, where a name says whose the person is, not who speaks; none for any other
 * subject.
 */
function describing(
  reader: AntecedentReader,
  sentence: WorkingSentence,
  subject: readonly number[],
): ReadonlySet<number> {
  const { analysis } = sentence;
  const first = subject[0];
  const head = subject.at(-1);
  if (first === undefined || head === undefined || !INDEFINITE.has(tokenAt(analysis, first).normal))
    return new Set();
  const noun = tokenAt(analysis, head);
  if (noun.pos !== 'NOUN' || noun.lemma !== noun.normal || !reader.isPersonNoun(noun.lemma)) return new Set();
  return new Set(subject.slice(1, -1));
}

/**
 * The tokens a sentence opens with up to its first verb, up to the first comma ("The Mexican Defense
 * Ministry, SEDENA, put out …"), after any opening phrase set off by a comma ("On launch day, an INS
 * spokesman …") or a transcript's label ("MONTOYA: The ministry …").
 */
function openingSubject(sentence: WorkingSentence): number[] {
  const { analysis, tokenEnd } = sentence;
  // "FORT CLARK, Dec. 31. — A Mexican herder who came in at this post reports …": the dash after a dateline
  // opens the sentence the dispatch tells; its subject comes after it.
  let tokenStart = afterDateline(analysis, sentence.tokenStart, tokenEnd);
  while (tokenStart < tokenEnd && OPENING_DASHES.has(tokenAt(analysis, tokenStart).value)) tokenStart++;
  if (tokenStart >= tokenEnd) return [];
  let from = tokenStart;
  const opener = tokenAt(analysis, tokenStart);
  const label = P1.test(opener.value) && analysis.tokens[tokenStart + 1]?.value === ':';
  // "DALE WINTERBOTTOM (anchor): Mexico's foreign ministry announced …": a label of several words too.
  const longLabel = label ? null : speakerLabel(analysis.text.slice(opener.start, sentence.end));
  if (label) from = tokenStart + 2;
  else if (longLabel)
    from = firstTokenAtOrAfter(analysis, tokenStart, tokenEnd, opener.start + longLabel.end);
  else if (['ADP', 'SCONJ', 'ADV'].includes(opener.pos)) {
    let k = tokenStart + 1;
    while (k < tokenEnd && k - tokenStart <= MAX_OPENING_PHRASE && tokenAt(analysis, k).value !== ',') k++;
    if (k >= tokenEnd || tokenAt(analysis, k).value !== ',') return [];
    from = k + 1;
  }
  const out: number[] = [];
  let comma = false;
  for (let k = from; k < tokenEnd && k - from <= 2 * MAX_SUBJECT_WORDS; k++) {
    const tok = tokenAt(analysis, k);
    // "Families waiting on the Mexican side of the bridge had been there": a participle after the subject's
    // noun qualifies it, as "on the bridge" would; the clause's own verb comes after.
    if (!comma && participleAfterNoun(analysis, k, from)) {
      out.push(k);
      continue;
    }
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return out.length <= MAX_SUBJECT_WORDS ? out : [];
    if (out.length === 0 && (tok.pos === 'ADP' || tok.pos === 'SCONJ' || tok.pos === 'PUNCT')) return [];
    // "A Villa officer who was taken prisoner": the relative clause, as one set off by a comma, is not the subject's.
    if (tok.value === ',' || (out.length > 0 && RELATIVE_PRONOUNS.has(tok.normal))) comma = true;
    else if (tok.pos === 'PUNCT' && !pluralPossessive(analysis, k)) return [];
    if (!comma) out.push(k);
  }
  return [];
}

/** Tokens at most of a dateline before its dash ("SAN ANTONIO, Texas, Sept. 21, 1868. —"). */
const MAX_DATELINE_TOKENS = 12;

/**
 * Where the sentence from `start` goes on after a dateline opening it ("FORT CLARK, Dec. 31. — A Mexican
 * herder …"): the token after the dash when the words before it open with a capital, hold a comma and a
 * figure and no verb; `start` when there is none.
 */
function afterDateline(analysis: Analysis, start: number, end: number): number {
  const first = analysis.tokens[start];
  if (!first || !opensWithCapital(first.value)) return start;
  let comma = false;
  let figure = false;
  for (let k = start + 1; k < end && k - start <= MAX_DATELINE_TOKENS; k++) {
    const tok = tokenAt(analysis, k);
    if (OPENING_DASHES.has(tok.value)) return comma && figure ? k + 1 : start;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return start;
    if (tok.value === ',') comma = true;
    if (tok.pos === 'NUM') figure = true;
  }
  return start;
}

/** A body named as the subject, or for "they" a group of people named by a plural noun. */
function bodyOrGroup(
  reader: AntecedentReader,
  sentence: WorkingSentence,
  subject: readonly number[],
  plural: boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const head = subject.at(-1) ?? -1;
  const from = subject[0] ?? -1;
  const body = sentence.mentions.find(
    (m) =>
      m.token >= from &&
      m.token <= head &&
      m.via !== 'pronoun' &&
      reader.entity(m.entityId)?.type === 'organisation',
  );
  // "Democrats on the House Armed Services Committee": the group, not the committee it sits on.
  const words = subject.map((k) => tokenAt(sentence.analysis, k));
  // "Families waiting on the bridge": a participle, as an adposition, ends the group's head.
  const upTo = words.findIndex((w, i) => isAdposition(w) || (i > 0 && w.pos === 'VERB'));
  // "a group of about 40 officers' wives": after a noun for a collection, the people it collects are the head.
  const collected =
    upTo > 0 && COLLECTIVE_NOUNS.has(words[upTo - 1]?.lemma ?? '') && words[upTo]?.normal === 'of';
  const headAt = subject[(upTo < 0 || collected ? words.length : upTo) - 1] ?? -1;
  const headStart = tokenAt(sentence.analysis, headAt).start;
  const named = sentence.mentions.some(
    (m) => m.token <= headAt && tokenAt(sentence.analysis, m.token).start + m.text.length > headStart,
  );
  // A group named by its party and more ("Democrats on the committee") is those words, not the party.
  const qualified = upTo >= 0 || !named;
  if (plural && qualified && isPluralPersonHead(reader, tokenAt(sentence.analysis, headAt)))
    return { speakerId: null, speakerName: asWritten(sentence.analysis, words) };
  const entity = body ? reader.entity(body.entityId) : undefined;
  if (entity && body && !words.slice(0, subject.indexOf(body.token)).some(isAdposition))
    return { speakerId: entity.id, speakerName: entity.name };
  // "The Texas Civil Rights Project filed suit. It said …": a body the article names but no entity knows;
  // "Rafael Ortega asked …. It said" is no body: "it" never stands for a person named.
  const name = words[0]?.pos === 'DET' ? words.slice(1) : words;
  const person = sentence.mentions.some(
    (m) =>
      m.token >= from &&
      m.token <= head &&
      m.via !== 'pronoun' &&
      reader.entity(m.entityId)?.type === 'person',
  );
  return !plural && !person && (isBodyName(name) || describedBody(reader, words))
    ? { speakerId: null, speakerName: asWritten(sentence.analysis, words) }
    : null;
}

/**
 * True for a subject that describes a body by a noun for one, with no name: "The foreign ministry announced
 * the handover in a short statement. It said …", "Mexico's defense ministry …": "the" or an owner's "'s",
 * then words up to a head noun written in lower case whose first sense WordNet files under organization or
 * body (a ministry is a body by its first sense, the clergy, as it is a government department).
 */
function describedBody(reader: AntecedentReader, words: readonly Token[]): boolean {
  const upTo = words.findIndex(isAdposition);
  const phrase = upTo < 0 ? words : words.slice(0, upTo);
  const head = phrase.at(-1);
  if (!head || head.pos !== 'NOUN' || head.value !== head.normal || phrase.length < 2) return false;
  const definite = words[0]?.normal === 'the' || phrase.some((w) => POSSESSIVE_ENDINGS.has(w.normal));
  return definite && BODY_KINDS.some((kind) => reader.isKindOf?.(head.lemma, kind) ?? false);
}

/** A singular person described, not named, as the subject ("An INS spokesman"), of a gender that fits. */
function personDescribed(
  reader: AntecedentReader,
  sentence: WorkingSentence,
  subject: readonly number[],
  gender: 'male' | 'female',
): Omit<SpeakerGuess, 'cue'> | null {
  const words = subject.map((k) => tokenAt(sentence.analysis, k));
  // "Another neighbor, a woman who gave only her first name, …, said": "another" is "an" and "other".
  if (!['a', 'an', 'another', 'the'].includes(words[0]?.normal ?? '')) return null;
  const upTo = words.findIndex(isAdposition);
  const head = (upTo < 0 ? words : words.slice(0, upTo)).at(-1);
  if (!head || head.pos !== 'NOUN' || head.lemma !== head.normal || !reader.isPersonNoun(head.lemma))
    return null;
  const marked = reader.nounGender(head.lemma);
  if (marked !== null && marked !== gender) return null;
  return (
    possessedRelationHolder(reader, sentence, words) ?? {
      speakerId: null,
      speakerName: asWritten(sentence.analysis, words),
    }
  );
}

/**
 * "The sergeant's wife", "the machinist's wife": the person the article introduced in that relation ("His
 * wife, Bev Pittman") to the one it describes by the owner's noun, among the people of `sentence` and the
 * few before it; `null` for other words or when no one, or more than one, fits.
 */
export function possessedRelationHolder(
  reader: Pick<AntecedentReader, 'entity' | 'isPersonNoun' | 'descriptionOf'>,
  sentence: WorkingSentence,
  words: readonly Token[],
): Omit<SpeakerGuess, 'cue'> | null {
  const [the, owner, mark, head] = words;
  if (words.length !== 4 || the?.normal !== 'the' || !POSSESSIVE_ENDINGS.has(mark?.normal ?? '')) return null;
  if (owner?.pos !== 'NOUN' || head?.pos !== 'NOUN' || !reader.isPersonNoun(head.lemma)) return null;
  const holder = relationHolder(owner.lemma, head.lemma, peopleBefore(reader, sentence));
  return holder ? { speakerId: holder.id, speakerName: holder.name } : null;
}

/**
 * The people named (not by a pronoun) in `sentence` and the {@link MAX_SENTENCES_TO_RELATION} sentences
 * before it, nearest first, each once, with the article's description of them.
 */
function peopleBefore(
  reader: Pick<AntecedentReader, 'entity' | 'descriptionOf'>,
  sentence: WorkingSentence,
): DescribedPerson[] {
  const out: DescribedPerson[] = [];
  let s: WorkingSentence | null = sentence;
  for (let back = 0; s && s.kind === sentence.kind && back <= MAX_SENTENCES_TO_RELATION; back++) {
    for (const m of [...s.mentions].reverse()) {
      const entity = m.via === 'pronoun' ? undefined : reader.entity(m.entityId);
      if (entity?.type !== 'person' || out.some((p) => p.id === entity.id)) continue;
      out.push({ id: entity.id, name: entity.name, description: reader.descriptionOf(entity.id) });
    }
    s = s.previous;
  }
  return out;
}

function isPluralPersonHead(reader: AntecedentReader, w: Token): boolean {
  return (
    (w.pos === 'NOUN' || w.pos === 'PROPN') &&
    /[^s]s$/.test(w.normal) &&
    ((w.pos === 'NOUN' && w.lemma !== w.normal && reader.isPersonNoun(w.lemma)) || opensWithCapital(w.value))
  );
}

/** True for the apostrophe of a plural's possessive ("officers' wives"), written against its word. */
function pluralPossessive(analysis: Analysis, k: number): boolean {
  const tok = tokenAt(analysis, k);
  const before = analysis.tokens[k - 1];
  return (
    /^['’]$/.test(tok.value) && before !== undefined && before.end === tok.start && /s$/.test(before.value)
  );
}

function isAdposition(w: Token): boolean {
  return w.pos === 'ADP';
}

/** True for a present participle at token `k` right after a noun of a subject opening at `from` ("Families waiting"). */
function participleAfterNoun(analysis: Analysis, k: number, from: number): boolean {
  const tok = tokenAt(analysis, k);
  const before = k > from ? tokenAt(analysis, k - 1) : null;
  return (
    tok.pos === 'VERB' &&
    tok.normal.endsWith('ing') &&
    tok.normal !== tok.lemma &&
    (before?.pos === 'NOUN' || before?.pos === 'PROPN')
  );
}

/** The words as the article wrote them, a determiner opening them in lower case ("an INS spokesman"). */
function asWritten(analysis: Analysis, words: readonly Token[]): string {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return '';
  const text = analysis.text.slice(first.start, last.end);
  return first.pos === 'DET' ? lowerFirst(text) : text;
}

/**
 * The relative of `gender` a person's description brings in ("Guadalupe Inzunza, whose son is a corporal,
 * said he had called her": "son"), or `null`. A "he" or "she" after the name may be that relative's, so it
 * says nothing of the named person's gender; inside their quotation it is the relative.
 */
export function describedRelative(
  description: string | null | undefined,
  gender: 'male' | 'female',
  nounGender: (lemma: string) => 'male' | 'female' | null,
): string | null {
  const kin = P2.exec(description ?? '')?.[1]?.toLowerCase();
  return kin !== undefined && nounGender(kin) === gender ? kin : null;
}
