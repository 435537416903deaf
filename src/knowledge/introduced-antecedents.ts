/**
 * The unnamed person a "he said"/"she said" continues when the sentences before it, across a paragraph's
 * break, are about someone the article introduced by an indefinite noun phrase and never named: "A
 * Kickapoo man who sells leather goods … listened politely. ¶ '…,' he said" is the man's; "Daniela caught
 * up with a teacher … The teacher, who asked that her name not be used, said … ¶ '…,' she said" the
 * teacher's. The most recent person-describing subject of a fitting gender wins; a person named in
 * between stops the search, so the pronoun is left to the named people.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { SpeakerGuess } from './speakers.ts';
import { tokenAt } from './speakers.ts';
import { definiteDescriptionEnd } from './definite-introductions.ts';
import type { WorkingSentence } from './working.ts';
import { lowerFirst } from '../nlp/lower-first.ts';

/** What this reading asks of the article: entity kinds, genders, pronouns and nouns for people. */
export interface IntroducedReader {
  /** Pronouns and the gender each refers to. */
  pronouns: ReadonlyMap<string, 'male' | 'female'>;
  entity(id: string): { id: string; name: string; type: string } | undefined;
  genderOf(id: string): 'male' | 'female' | null;
  isPersonNoun(lemma: string): boolean;
  nounGender(lemma: string): 'male' | 'female' | null;
}

/** Sentences looked back over for the subject the pronoun continues. */
const MAX_SENTENCES_BACK = 3;
/** Sentences looked back over from a definite subject ("The teacher") for its introduction ("a teacher"). */
const MAX_SENTENCES_TO_INTRODUCTION = 4;
/** Words at most of the modifiers before an introduced person's noun ("a retired Kickapoo man"). */
const MAX_MODIFIERS = 4;
/** Tokens of a sentence's opening phrase set off by a comma or a dash before its subject ("11:30 a.m. —"). */
const MAX_OPENING_PHRASE = 8;
const INDEFINITE = new Set(['a', 'an', 'one']);
/** No determiners besides the article's own. */
const NO_OPENERS: ReadonlySet<string> = new Set();
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const RELATIVES = new Set(['who', 'whose']);

/** An indefinite noun phrase naming a person: its tokens from the determiner to the head noun. */
export interface IntroducedPhrase {
  from: number;
  head: number;
  /** The last token of the words after the noun that say who the person is ("of the young man"), if any. */
  end?: number;
}

/**
 * The unnamed person the pronoun of `gender` at token `t` of `sentence` stands for, as the article
 * introduced them ("a teacher", "a Kickapoo man"), or `null` when a person is named before the pronoun
 * in its sentence or in the sentences looked back over, or no such subject is found.
 */
export function introducedAntecedent(
  reader: IntroducedReader,
  sentence: WorkingSentence,
  t: number,
  gender: 'male' | 'female',
): Omit<SpeakerGuess, 'cue'> | null {
  if (namesPersonOf(reader, sentence, sentence.tokenStart, t, gender)) return null;
  let later = sentence;
  let previous = sentence.previous;
  // Within a paragraph the subject before is read by describedAntecedent: this reading is for a
  // quotation opening the paragraph after its speaker's.
  if (!previous || previous.paragraph === sentence.paragraph) return null;
  for (let back = 0; previous && back < MAX_SENTENCES_BACK; back++) {
    if (previous.kind !== sentence.kind) return null;
    if (previous.paragraph !== later.paragraph && later !== sentence) return null;
    const { analysis } = previous;
    const from = subjectStart(analysis, previous.tokenStart, previous.tokenEnd);
    const opener = from === null ? undefined : analysis.tokens[from];
    // "She said the dragoons …": a subject pronoun of the same gender goes on with the same person.
    if (opener && opener.pos === 'PRON' && reader.pronouns.get(opener.normal) === gender) {
      later = previous;
      previous = previous.previous;
      continue;
    }
    const found = from === null ? null : personPhrase(reader, analysis, from, previous.tokenEnd);
    // "The mother of the young man who survived … spoke": the words after the noun say who she is.
    const described = found
      ? definiteDescriptionEnd(analysis, found.from, found.head, previous.tokenEnd)
      : null;
    const phrase =
      found && opensClause(analysis, found.head + 1)
        ? found
        : found && described !== null
          ? { ...found, end: described }
          : null;
    const introduced =
      phrase && (INDEFINITE.has(tokenAt(analysis, phrase.from).normal) || phrase.end !== undefined)
        ? { sentence: previous, phrase }
        : phrase && tokenAt(analysis, phrase.from).normal === 'the'
          ? introductionOf(reader, previous, tokenAt(analysis, phrase.head).lemma)
          : null;
    // "The sergeant said": a description the people finder reads as a named person's role is theirs.
    const owner = phrase ? personAt(reader, previous, phrase) : null;
    if (owner) return owner;
    const skip = phrase ? phrase.head : -1;
    if (namesPersonOf(reader, previous, skip + 1, previous.tokenEnd, gender)) return null;
    if (introduced && fitsGender(reader, introduced.sentence, introduced.phrase, gender)) {
      // "A federal police officer at a checkpoint …, said": the unnamed speaker the people found is theirs.
      const found = introduced.sentence.mentions.find(
        (m) => m.token === introduced.phrase.from && m.via !== 'pronoun',
      );
      const entity = found ? reader.entity(found.entityId) : undefined;
      if (entity?.type === 'person') return { speakerId: entity.id, speakerName: entity.name };
      return { speakerId: null, speakerName: asWritten(introduced.sentence.analysis, introduced.phrase) };
    }
    if (namesPersonOf(reader, previous, previous.tokenStart, skip + 1, gender)) return null;
    // Sentences stand between (the dragoons' history): look further back only past a person's subject.
    if (phrase) return null;
    later = previous;
    previous = previous.previous;
  }
  return null;
}

/**
 * True when the words after a subject's noun at token `k` go on with its clause: its verb ("A man
 * listened"), or a relative clause ("A Kickapoo man who sells …", "The teacher, who asked …"). "A rancher
 * for 30 years, he said" sets the noun before another subject.
 */
function opensClause(analysis: Analysis, k: number): boolean {
  const next = analysis.tokens[k];
  if (!next) return false;
  if (next.pos === 'VERB' || next.pos === 'AUX' || RELATIVES.has(next.normal)) return true;
  return next.value === ',' && RELATIVES.has(analysis.tokens[k + 1]?.normal ?? '');
}

/** The person entity a mention opening the phrase or at its noun stands for, if any. */
function personAt(
  reader: IntroducedReader,
  sentence: WorkingSentence,
  phrase: IntroducedPhrase,
): Omit<SpeakerGuess, 'cue'> | null {
  for (const m of sentence.mentions) {
    if (m.via === 'pronoun' || (m.token !== phrase.from && m.token !== phrase.head)) continue;
    const entity = reader.entity(m.entityId);
    if (entity?.type === 'person') return { speakerId: entity.id, speakerName: entity.name };
  }
  return null;
}

/** True when a named person whose gender may be `gender` is mentioned among tokens [from, to) of `sentence`. */
function namesPersonOf(
  reader: IntroducedReader,
  sentence: WorkingSentence,
  from: number,
  to: number,
  gender: 'male' | 'female',
): boolean {
  const named = sentence.named.firstIn(from, to, (m) => {
    if (reader.entity(m.entityId)?.type !== 'person') return false;
    const known = reader.genderOf(m.entityId);
    return known === null || known === gender;
  });
  return named !== undefined;
}

/** The token a sentence's subject opens at, after an opening phrase set off by a comma or a dash. */
function subjectStart(analysis: Analysis, start: number, end: number): number | null {
  for (let k = start; k < end && k - start <= MAX_OPENING_PHRASE; k++) {
    const v = tokenAt(analysis, k).value;
    if (v === '—' || v === '–') return k + 1 < end ? k + 1 : null;
  }
  const opener = tokenAt(analysis, start);
  if (!['ADP', 'SCONJ', 'ADV'].includes(opener.pos)) return start;
  for (let k = start + 1; k < end && k - start <= MAX_OPENING_PHRASE; k++)
    if (tokenAt(analysis, k).value === ',') return k + 1 < end ? k + 1 : null;
  return null;
}

/**
 * The noun phrase at token `from` when it is a determiner ("a", "an", "one", "the", or one of `openers`), up
 * to {@link MAX_MODIFIERS} modifiers and a singular noun for a person ("A Kickapoo man", "The teacher").
 */
export function personPhrase(
  reader: Pick<IntroducedReader, 'isPersonNoun'>,
  analysis: Analysis,
  from: number,
  end: number,
  openers: ReadonlySet<string> = NO_OPENERS,
): IntroducedPhrase | null {
  const det = analysis.tokens[from];
  if (!det || (!INDEFINITE.has(det.normal) && det.normal !== 'the' && !openers.has(det.normal))) return null;
  let head = -1;
  for (let k = from + 1; k < end && k - from <= MAX_MODIFIERS + 1; k++) {
    const tok = tokenAt(analysis, k);
    if (!MODIFIER_POS.has(tok.pos)) break;
    if (isPersonHead(reader, tok)) head = k;
  }
  if (head < 0) return null;
  // "A Kickapoo man who …", "The teacher, who …": the noun ends the phrase.
  const after = analysis.tokens[head + 1];
  if (after && MODIFIER_POS.has(after.pos)) return null;
  return { from, head };
}

function isPersonHead(reader: Pick<IntroducedReader, 'isPersonNoun'>, tok: Token): boolean {
  return tok.pos === 'NOUN' && tok.lemma === tok.normal && reader.isPersonNoun(tok.lemma);
}

/**
 * "The teacher": the indefinite phrase with the same noun ("a teacher") a sentence before `sentence`
 * introduced, not set off after a name as its apposition ("Wade Ellison, a retired sergeant").
 */
function introductionOf(
  reader: IntroducedReader,
  sentence: WorkingSentence,
  lemma: string,
): { sentence: WorkingSentence; phrase: IntroducedPhrase } | null {
  let s = sentence.previous;
  for (let back = 0; s && back < MAX_SENTENCES_TO_INTRODUCTION; back++, s = s.previous) {
    const { analysis } = s;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!INDEFINITE.has(tokenAt(analysis, k).normal)) continue;
      const phrase = personPhrase(reader, analysis, k, s.tokenEnd);
      if (!phrase || tokenAt(analysis, phrase.head).lemma !== lemma) continue;
      const before = analysis.tokens[k - 1];
      if (before && (before.value === ',' || before.pos === 'AUX')) return null;
      return { sentence: s, phrase };
    }
  }
  return null;
}

/**
 * True when the phrase's noun marks no other gender ("man": male) and its sentence does not speak of
 * the person only by pronouns of the other gender ("who asked that her name not be used").
 */
function fitsGender(
  reader: IntroducedReader,
  sentence: WorkingSentence,
  phrase: IntroducedPhrase,
  gender: 'male' | 'female',
): boolean {
  const { analysis } = sentence;
  const marked = reader.nounGender(tokenAt(analysis, phrase.head).lemma);
  if (marked !== null) return marked === gender;
  let same = false;
  let other = false;
  for (let k = phrase.head + 1; k < sentence.tokenEnd; k++) {
    const g = reader.pronouns.get(tokenAt(analysis, k).normal);
    if (g === gender) same = true;
    else if (g) other = true;
  }
  return same || !other;
}

/** The phrase as the article wrote it, its determiner in lower case ("a Kickapoo man"). */
function asWritten(analysis: Analysis, phrase: IntroducedPhrase): string {
  const last = tokenAt(analysis, phrase.end ?? phrase.head);
  const text = analysis.text.slice(tokenAt(analysis, phrase.from).start, last.end);
  return lowerFirst(text);
}
