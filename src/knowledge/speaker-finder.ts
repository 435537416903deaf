/**
 * The speaker among given words of a sentence, for the readings of who said a quotation: an entity mention
 * (the person whose longer name holds it, the body's spokesman set off after it, what a person's possessive
 * names), a "he"/"she" resolved by the article's own introductions and recency, "it"/"they" for a body the
 * sentence before opens with, "I" inside a quotation (its speaker), or a body's name written out. Also tells a
 * verb of saying. Reads the article through an {@link ArticleReader}; built once per annotator.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { ArticleReader } from './article-reader.ts';
import { boundObjectReferent } from './bound-object-pronouns.ts';
import { clauseIntroduced } from './clause-introduced.ts';
import { compoundBodyBefore } from './compound-bodies.ts';
import { introducedAntecedent } from './introduced-antecedents.ts';
import { organisationNameBefore } from './organisation-names.ts';
import { personSetOff } from './opening-speakers.ts';
import { describedAntecedent } from './pronoun-antecedents.ts';
import { referent } from './referents.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { EntityMention } from './schema.ts';
import { charRange } from './mention-index.ts';
import { isAbbreviatedTitle, isObjectPosition } from './object-position.ts';
import {
  FIRST_PERSON_POSSESSIVES,
  properName,
  tokenAt,
  type PersonMention,
  type SpeakerGuess,
} from './speakers.ts';
import { POSSESSIVE_ENDINGS } from '../nlp/possessive.ts';
import { THIRD_PERSON } from '../nlp/third-person.ts';

const SPEAKER_TYPES = new Set(['person', 'organisation']);
/** First-person words that are never a verb's subject. */
const OBJECT_FIRST_PERSON = new Set(['me', 'us']);
/** One capitalised name word ("Teague", "O'Neill"). */
const ONE_NAME = /^\p{Lu}(?=[\p{L}'’-]*\p{Ll})[\p{L}'’-]+$/u;
/** Marks that end a clause. */
export const CLAUSE_END = new Set(['.', '?', '!', ';']);

/** True for a mark ending a clause; the full stop of a title ("to Maj. Robert L. Howze") ends none. */
export function endsClause(analysis: Analysis, t: number, finder: SpeakerFinder): boolean {
  return (
    CLAUSE_END.has(tokenAt(analysis, t).value) && !isAbbreviatedTitle(analysis, t, finder.reader.isTitle)
  );
}

/**
 * A quotation and the tokens of its region of the sentence outside it (the words up to the quotations beside
 * it), which the readings of its speaker search.
 */
export interface QuoteSurroundings {
  sentence: WorkingSentence;
  span: QuoteSpan;
  /** The region's tokens before and after the quotation, in order. */
  inRegion: readonly number[];
  /** The region's tokens before the quotation. */
  before: readonly number[];
  /** The region's tokens after the quotation. */
  after: readonly number[];
  /** The people the article has named so far, for "he" and "she". */
  people: readonly PersonMention[];
  /** The quotation this one is nested in, whose speaker "I" is; `null` for a top-level one. */
  outer: WorkingQuote | null;
}

/** Finds the speaker among given words, reading the article through `reader`. */
export class SpeakerFinder {
  constructor(readonly reader: ArticleReader) {}

  /** The reader's entity look-up, made once, not once per article. */
  readonly entity = (id: string) => this.reader.entity(id);
  readonly isPersonNoun = (lemma: string) => this.reader.isPersonNoun(lemma);
  /** True for a lemma of a verb of saying, whatever its part of speech: made once, not once per quotation. */
  readonly isSayingLemma = (lemma: string) => this.reader.cues.has(lemma);
  /** What a role then a name after the words asks: the entities and the verbs of saying. */
  readonly roleReader = { entity: this.entity, isCue: (tok: Token) => this.isCue(tok) };

  /** True for a verb of saying. */
  isCue(tok: Token): boolean {
    return tok.pos === 'VERB' && this.reader.cues.has(tok.lemma);
  }

  /** True for a verb of saying the lexicon lists, not one only WordNet makes a way of saying ("propose"). */
  isListedCue(tok: Token): boolean {
    return tok.pos === 'VERB' && this.reader.cues.listed(tok.lemma);
  }

  /** A body named by a compound ("Joint Task Force-Southern Border said"), whole, else {@link properName}. */
  properName(analysis: Analysis, tokens: readonly number[]): Omit<SpeakerGuess, 'cue'> | null {
    const body =
      compoundBodyBefore(analysis, tokens, (w) => this.reader.isEnglishWord(w)) ??
      organisationNameBefore(analysis, tokens);
    return body
      ? { speakerId: null, speakerName: body }
      : (properName(analysis, tokens) ?? this.#honorificAndName(analysis, tokens));
  }

  /**
   * "Mrs. Teague said" where the only Teague named is her late husband: an honorific and one name ending the
   * words name someone the article never named in full; the two words are their name.
   */
  #honorificAndName(analysis: Analysis, tokens: readonly number[]): Omit<SpeakerGuess, 'cue'> | null {
    const words = tokens.map((t) => tokenAt(analysis, t)).filter((t) => t.pos !== 'PUNCT');
    const [honorific, name] = words.slice(-2);
    if (words.length < 2 || !honorific || !name || name.pos !== 'PROPN' || !ONE_NAME.test(name.value))
      return null;
    if (!this.reader.isHonorific(honorific.value.replace(/\.$/, ''))) return null;
    return { speakerId: null, speakerName: `${honorific.value} ${name.value}` };
  }

  /**
   * The speaker among `candidates` (token indices): an entity mention, a pronoun, or "I" inside a quotation.
   * With `fromRight`, the nearest to the verb wins and mentions in object position ("told the caravan",
   * "to Trump") are skipped.
   */
  subjectIn(
    sentence: WorkingSentence,
    candidates: readonly number[],
    people: readonly PersonMention[],
    outer: WorkingQuote | null,
    fromRight: boolean,
  ): Omit<SpeakerGuess, 'cue'> | null {
    const { analysis } = sentence;
    const ordered = fromRight ? [...candidates].reverse() : candidates;
    const set = new Set(candidates);
    for (const t of ordered) {
      const tok = tokenAt(analysis, t);
      const found = sentence.named.at(t);
      // "A Border Patrol spokesman for the Tucson Sector said": a name inside the words naming a person
      // is part of them; the person speaks.
      const mention = found ? (this.#personAround(sentence, found) ?? found) : undefined;
      if (mention) {
        const entity = this.reader.entity(mention.entityId);
        if (!entity || !SPEAKER_TYPES.has(entity.type)) continue;
        if (fromRight && isObjectPosition(analysis, t, set, this.reader.isTitle)) continue;
        // "a Pentagon spokesman, Maj. Dwight Ellery, said": the person set off after the body's role speaks;
        // so does the one set off after a role ("the spokesman, Maj. Ronald Teague, said").
        const named =
          (entity.type === 'organisation' || mention.via === 'role') && !fromRight
            ? personSetOff(this.reader, sentence, t, set)
            : null;
        if (named) return named;
        // "said Border Patrol Agent Arthur Lindley", "said Pentagon spokesman Jonathan Hoffman": a body's name
        // before a title and a person's name says whose title it is; the person speaks. So does the name after
        // a role ("said union president Brandon Judd" is Judd, not the president the coverage knows).
        const titled =
          (entity.type === 'organisation' || mention.via === 'role') && !fromRight
            ? personTitledAfter(this.reader, sentence, mention, set)
            : null;
        // "… said National Guard Sgt. Ruben Ochoa's commander, …": neither the body nor the sergeant speaks.
        if (titled === OWNER) continue;
        // "said the attorney for Border Patrol Agent Lonnie Swartz": someone the words before name speaks for
        // the agent; neither the agent nor the body does, and no one later in the words does either.
        if (titled === SOMEONE_ELSES) return null;
        if (titled) return titled;
        const theirs = entity.type === 'person' ? ownedBy(analysis, mention, set) : null;
        if (theirs) return { speakerId: null, speakerName: `${entity.name}'s ${theirs}` };
        return { speakerId: entity.id, speakerName: entity.name };
      }
      // "I told him, '…'" inside a quotation is its speaker's; "my foreman … said, '…'" is the foreman's.
      if (
        outer &&
        this.reader.firstPerson.has(tok.normal) &&
        !FIRST_PERSON_POSSESSIVES.has(tok.normal) &&
        // "A woman came to me and said, '…'": before the verb, "me" is an earlier verb's object; after a
        // preposition ("A man of his company … said to me, '…'") it is whom the words were said to.
        !(
          tok.pos === 'PRON' &&
          OBJECT_FIRST_PERSON.has(tok.normal) &&
          (fromRight || analysis.tokens[t - 1]?.pos === 'ADP')
        ) &&
        outer.speakerId
      ) {
        return { speakerId: outer.speakerId, speakerName: outer.speakerName };
      }
      const gender = this.reader.pronouns.get(tok.normal);
      if (gender && tok.pos === 'PRON' && THIRD_PERSON.has(tok.normal)) {
        // "Cárdenas allowed him to return. He crossed …": the person "him" stands for, or no one.
        const bound = outer ? null : boundObjectReferent(this.reader, sentence, t, gender, people);
        if (bound) {
          if (bound.speaker) return bound.speaker;
          continue;
        }
        const who =
          (outer ? null : describedAntecedent(this.reader, sentence, t, gender)) ??
          (outer ? null : introducedAntecedent(this.reader, sentence, t, gender)) ??
          (outer ? null : clauseIntroduced(this.reader, sentence, t, gender)) ??
          referent(this.reader, sentence, t, gender, people, outer);
        if (who) return who;
      }
      // "The Mexican Defense Ministry put out a statement. It said …": a body or group the sentence before opens with.
      if (!outer && tok.pos === 'PRON' && (tok.normal === 'it' || tok.normal === 'they')) {
        const body = describedAntecedent(this.reader, sentence, t, null);
        if (body) return body;
      }
    }
    return null;
  }

  /** The person whose mention holds `inner` within longer words of its own, if any. */
  #personAround(
    sentence: WorkingSentence,
    inner: EntityMention & { token: number },
  ): (EntityMention & { token: number }) | undefined {
    return sentence.named.holding(inner, (o) => this.reader.entity(o.entityId)?.type === 'person');
  }
}

/** A word opening in lower case (a pattern with `\p{…}`, built once). */
const LOWER_CASE = /^\p{Ll}/u;
/** A capitalised name word ("Judd", "O'Neill"), as {@link ONE_NAME}. */
const CAPITALISED = ONE_NAME;
/** What {@link personTitledAfter} finds when the titled person owns the speaker ("… Ruben Ochoa's commander"). */
const OWNER = Symbol('owner');
/**
 * What {@link personTitledAfter} finds when the titled person is the object of words before the body's name
 * ("said the attorney for Border Patrol Agent Lonnie Swartz", "the union representing …", "the widow of …").
 */
const SOMEONE_ELSES = Symbol('someone else');
/** Title words at most between a body's name and the person it titles ("Chief Patrol Inspector"). */
const MAX_TITLE_WORDS = 4;

/**
 * The person named right after the body or role `body` names, with nothing between but title words, full
 * stops and lower-case words of an office ending in a noun of a person ("Border Patrol Agent Arthur Lindley",
 * "Pentagon spokesman Jonathan Hoffman", "Border Patrol union president Brandon Judd", "Pentagon deputy press
 * secretary Sue Gough"), among the `candidates` tokens: a person the article knows, else a full name of two
 * or more capitalised words; {@link OWNER} when that person owns the speaker ("… Agent Arthur Lindley's
 * widow"); `null` when the body stands alone.
 */
function personTitledAfter(
  reader: ArticleReader,
  sentence: WorkingSentence,
  body: EntityMention & { token: number },
  candidates: ReadonlySet<number>,
): Omit<SpeakerGuess, 'cue'> | typeof OWNER | typeof SOMEONE_ELSES | null {
  const { analysis } = sentence;
  const next = tokenAfter(analysis, body);
  let t = next;
  let lastLower: Token | null = null;
  for (; t < next + MAX_TITLE_WORDS + 2 && candidates.has(t); t++) {
    const tok = tokenAt(analysis, t);
    if (tok.value === '.') continue;
    if (LOWER_CASE.test(tok.value)) {
      if (tok.pos !== 'NOUN' && tok.pos !== 'ADJ') return null;
      lastLower = tok;
    } else if (!reader.isTitle(tok.value)) break;
  }
  // Lower-case words name an office only when the last is a title or a noun of a person ("union president").
  if (
    lastLower &&
    !reader.isTitle(lastLower.value) &&
    !reader.isPersonNoun(lastLower.normal) &&
    !reader.isPersonNoun(lastLower.lemma)
  )
    return null;
  const m = sentence.named.at(t);
  if (m) {
    const entity = reader.entity(m.entityId);
    if (entity?.type !== 'person') return null;
    // "said Border Patrol Agent Arthur Lindley's widow, Maria Lindley": the person owns who speaks.
    if (POSSESSIVE_ENDINGS.has(analysis.tokens[tokenAfter(analysis, m)]?.normal ?? '')) return OWNER;
    if (objectOfWordsBefore(analysis, body.token, candidates)) return SOMEONE_ELSES;
    return { speakerId: entity.id, speakerName: entity.name };
  }
  if (t === next) return null;
  const name = fullNameAt(analysis, t, candidates);
  if (!name) return null;
  if (POSSESSIVE_ENDINGS.has(analysis.tokens[name.end]?.normal ?? '')) return OWNER;
  if (objectOfWordsBefore(analysis, body.token, candidates)) return SOMEONE_ELSES;
  return { speakerId: null, speakerName: name.text };
}

/**
 * Whether a preposition or a verb stands among the `candidates` words before token `t` ("the attorney for",
 * "the union representing", "the victims of"): what follows is their object, not the one who speaks.
 */
function objectOfWordsBefore(analysis: Analysis, t: number, candidates: ReadonlySet<number>): boolean {
  for (let k = t - 1; candidates.has(k); k--) {
    const pos = tokenAt(analysis, k).pos;
    if (pos === 'ADP' || pos === 'VERB' || pos === 'SCONJ') return true;
  }
  return false;
}

/** Capitalised words at least of a full name no entity holds ("Brandon Judd"). */
const MIN_NAME_WORDS = 2;

/** The run of capitalised proper nouns from token `t`, among `candidates`, when it is a full name. */
function fullNameAt(
  analysis: Analysis,
  t: number,
  candidates: ReadonlySet<number>,
): { text: string; end: number } | null {
  let end = t;
  // The tagger reads a first name as a verb now and then ("Sue Gough"): capitalised after an office, a name.
  while (candidates.has(end) && CAPITALISED.test(analysis.tokens[end]?.value ?? '')) end++;
  if (end - t < MIN_NAME_WORDS) return null;
  return { text: analysis.text.slice(tokenAt(analysis, t).start, tokenAt(analysis, end - 1).end), end };
}

/** Words at most of what a person's possessive names ("office", "press office"). */
const MAX_OWNED_WORDS = 3;

/**
 * "Congressman Joe Skeen's office put out a statement": the words after a person's possessive, among the
 * `region`'s tokens, when they end with a noun that does something; the one who speaks is what is theirs,
 * not the person.
 */
function ownedBy(
  analysis: Analysis,
  mention: EntityMention & { token: number },
  region: ReadonlySet<number>,
): string | null {
  const t = tokenAfter(analysis, mention);
  if (!region.has(mention.token) || !region.has(t) || !POSSESSIVE_ENDINGS.has(tokenAt(analysis, t).normal))
    return null;
  let last = t + 1;
  while (
    region.has(last) &&
    last - t <= MAX_OWNED_WORDS &&
    ['ADJ', 'NOUN'].includes(tokenAt(analysis, last).pos)
  )
    last++;
  const head = tokenAt(analysis, last - 1);
  // "Ybarra-Keane's answer was blunt:": what is theirs only described, the words are still the person's.
  if (last === t + 1 || head.pos !== 'NOUN' || analysis.tokens[last]?.pos === 'AUX') return null;
  return analysis.text.slice(tokenAt(analysis, t + 1).start, head.end);
}

/** The index of the first token after the words of mention `m` (the tokens' count when none follows). */
function tokenAfter(analysis: Analysis, m: EntityMention & { token: number }): number {
  const end = charRange(analysis, m).end;
  let t = m.token;
  while (t < analysis.tokens.length && tokenAt(analysis, t).start < end) t++;
  return t;
}
