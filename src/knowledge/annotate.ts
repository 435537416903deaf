/**
 * Turns one cleaned article into sentences with entity mentions and attributed quotations.
 *
 * Mentions are the entity data's aliases and role titles (resolved by the article's date: "the defence
 * minister" in 2019), the people the article introduces, organisations named again ("the ministry"), and
 * "he"/"she" resolved to the last person of that gender. Who said each quotation is worked out in
 * attribution.ts, reading the article through this annotator.
 */
import { roleApposedToPerson } from './apposed-role.ts';
import { isCommunicating, withTagVerbs } from './tag-verbs.ts';
import {
  ENTITY_PREFIX,
  lowerBound,
  ROLE_PREFIX,
  spansStartingIn,
  type Analysis,
  type Nlp,
} from '../nlp/pipeline.ts';
import type { CleanedArticle } from './clean.ts';
import { paragraphAnalyses } from './paragraph-analyses.ts';
import type { EntityData } from './entity-data.ts';
import { findQuoteSpans, topLevelSpans } from './quote-spans.ts';
import type { WordVectors } from '../nlp/word-vectors.ts';
import type { NounKinds } from './noun-kinds.ts';
import { SayingVerbs, type VerbWaySource } from './saying-verbs.ts';
import type { ArticlePeople } from './article-people.ts';
import { QuoteAttributor } from './attribution.ts';
import { NAME_WORD } from './name-words.ts';
import { narrowsOffice } from '../nlp/narrowed-office.ts';
import { opensWithAnotherName } from './own-named-subject.ts';
import { PeopleFinder, type PeopleLexicon } from './people.ts';
import type { ArticlePerson } from './discovered-person.ts';
import { SharedNames, type BodiesByParagraph } from './shared-names.ts';
import type { EntityMention, SourceMeta } from './schema.ts';
import { OrganisationWords, organisationsNamedAgain, RoleHolders } from './named-again.ts';
import { insideLongerOrganisationName } from './organisation-names.ts';
import type { AnnotatedArticle, WorkingQuote, WorkingSentence } from './working.ts';
import { letterWriters, writersRelatives } from './letter-writers.ts';
import { signedWriters } from './signed-writers.ts';
import { outletTurnsToInterviewer } from './outlet-interviewer.ts';
import { spokespersonOfBody } from './spokespeople.ts';
import { ownerInName } from './unnamed-owners.ts';
import { intensiveReflexive } from './intensive-reflexives.ts';
import { readMention, type OpenMention } from './enclosing-mentions.ts';
import {
  cover,
  mostRecentFirst,
  onlyPunctuationOrConjunctions,
  paragraphOfOrder,
  readingOrder,
  sortByToken,
} from './mention-order.ts';
import {
  joinAfterQuotedCries,
  joinAfterTitles,
  joinBeforeClauseMarks,
  mergeAcrossQuotes,
  quotedAt,
} from './sentence-ranges.ts';
import {
  centreMention,
  lastNamedBefore,
  centreOf,
  isInsideAlias,
  lastPerson,
  MAX_PRONOUN_LOOKBACK,
  tokenAt,
  type PersonMention,
} from './speakers.ts';

export type { AnnotatedArticle, WorkingQuote, WorkingSentence } from './working.ts';

export interface Lexicon extends PeopleLexicon {
  /** Words that place what is near them in a country ("Mexican", "Texas"), by country code. */
  countryWords?: Record<string, string[]>;
  quoteCues: string[];
  /**
   * Verbs of saying that also mean something else ("cry": weep), which hand words over only with a comma or
   * colon before them ('she cried, "…"') or in their -ing form; 'she cried "tears of rage"' is no saying.
   */
  quoteCuesBeforeAMark?: string[];
  pronouns: Record<string, 'male' | 'female'>;
  firstPerson: string[];
  countWords: Record<string, number>;
  vagueCounts: Record<string, number>;
  countQualifiers: Record<string, string>;
  months: string[];
  weekdays: string[];
  relativeMonths: Record<string, number>;
  relativeWeeks: Record<string, number>;
  relativeDays: Record<string, number>;
  anchoredDays: Record<string, number>;
}

/** How many of the last people named a pronoun's gender is weighed against (see `#fitsBetter`). */
const GENDER_LOOKBACK = 12;

/** What the annotator knows of one article while it reads it. */
interface ArticleState {
  people: ArticlePeople;
  /** Gender of each discovered person, learnt from an honorific, a title or the pronoun that follows. */
  genders: Map<string, 'male' | 'female' | null>;
  /**
   * The last discovered person named whose gender is not yet known, and the paragraph: the next "he" or
   * "she" in that paragraph tells it.
   */
  awaitingGender: { id: string; paragraph: number } | null;
  /**
   * For each discovered person, how many sentences have a "he"/"she" standing for them, and the last of
   * them: a gender pronouns in two sentences agree on is no guess an honorific overturns.
   */
  pronounSentences: Map<string, { count: number; last: number }>;
  /** Discovered people, most recently named first. */
  recent: string[];
  /** Organisations named so far, most recent first, with the lower-case words of their names. */
  organisations: Array<{ id: string; words: ReadonlySet<string> }>;
  /**
   * The sentence whose subject an intensive reflexive set apart ("Villa himself was not in the fight"), with
   * the reflexive's gender: a pronoun opening the next sentence goes on about that name.
   */
  reflexiveFocus: { sentence: WorkingSentence; gender: 'male' | 'female' } | null;
  /** Known people's one-word aliases that name someone else in this article (see `#surnamesOfOthers`). */
  surnamesOfOthers: ReadonlySet<string>;
  /** The body each mention by a shared name means, per paragraph and token (see shared-names.ts). */
  bodies: BodiesByParagraph;
}

const MENTION_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'himself', 'herself']);
/**
 * A pronoun continues the subject of the sentence before it even when that person's gender is unknown,
 * unless someone of the pronoun's gender was named within this many paragraphs.
 */
const GENDER_WINDOW_PARAGRAPHS = 2;
const NO_TOKENS: ReadonlySet<number> = new Set<number>();
const NO_IDS: ReadonlySet<string> = new Set<string>();
/** "A woman", "a man": the plainest nouns for a person of a gender, beside the lexicon's nouns of office. */
const NOUN_GENDERS: ReadonlyArray<[string, 'male' | 'female']> = [
  ['man', 'male'],
  ['woman', 'female'],
];

/** Reads articles with one set of entity data; build once, reuse for every source. */
/** Possessives that own what says the words ('"…," his dispatch said'). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her']);

export class Annotator {
  readonly #entities: Map<string, EntityData>;
  readonly #cues: SayingVerbs;
  /** A verb a tag after quoted words may close with ({@link withTagVerbs}): one of saying or of communicating. */
  readonly #tagVerb: (lemma: string) => boolean;
  /** Title words that make another office of a role after them ("vice" president). */
  readonly #officeTitles: ReadonlySet<string>;
  /** Nouns for a person that mark a gender ("spokeswoman", "woman"). */
  readonly #nounGenders: Map<string, 'male' | 'female'>;
  readonly #pronouns: Map<string, 'male' | 'female'>;
  readonly #firstPerson: Set<string>;
  readonly #roleHolders: RoleHolders;
  /**
   * The entity id an alias match names, by the match's name (`entity:<id>`): the entity data's own id
   * string, not a new slice per match, so the maps and sets keyed by id hash one string per entity.
   */
  readonly #idOfMatch = new Map<string, string>();
  readonly #finder: PeopleFinder;
  /** The article being attributed: set for the length of one synchronous {@link annotate} call. */
  #article: ArticleState | null = null;
  /** People named so far in that article, in order. */
  #people: readonly PersonMention[] = [];
  readonly #organisationWords = new OrganisationWords();
  /** Who said each quotation, reading the article being annotated. */
  readonly #attributor: QuoteAttributor;
  /** Names two bodies share, and the words that say which one a mention means. */
  readonly #shared: SharedNames;

  constructor(
    private readonly nlp: Nlp,
    entities: readonly EntityData[],
    lexicon: Lexicon,
    vectors: WordVectors | null = null,
    nounKinds: NounKinds | null = null,
    verbWays: VerbWaySource | null = null,
  ) {
    this.#entities = new Map(entities.map((e) => [e.id, e]));
    for (const e of entities) this.#idOfMatch.set(ENTITY_PREFIX + e.id, e.id);
    this.#cues = new SayingVerbs(lexicon.quoteCues, verbWays, lexicon.quoteCuesBeforeAMark ?? []);
    this.#tagVerb = (lemma) =>
      this.#cues.has(lemma) || (verbWays?.isWayOf(lemma, 3, isCommunicating) ?? false);
    this.#officeTitles = new Set(lexicon.personTitles);
    this.#pronouns = new Map(Object.entries(lexicon.pronouns));
    this.#nounGenders = new Map([...Object.entries(lexicon.genderedNouns), ...NOUN_GENDERS]);
    this.#firstPerson = new Set(lexicon.firstPerson);
    // "A Border Patrol agent from the Tucson Sector testified", '"…," a neighbor wrote to our WhatsApp line':
    // the verbs of saying attribution reads (the lexicon's and WordNet's ways of saying) find unnamed speakers too.
    this.#finder = new PeopleFinder(
      lexicon,
      (w) => nlp.isEnglishWord(w),
      vectors,
      nounKinds,
      (l) => this.#cues.has(l),
    );
    this.#shared = new SharedNames(entities, lexicon.countryWords);
    const titleWords = new Set([
      ...Object.keys(lexicon.honorifics),
      ...Object.keys(lexicon.titleAbbreviations),
      ...lexicon.personTitles,
    ]);
    this.#attributor = new QuoteAttributor({
      cues: this.#cues,
      pronouns: this.#pronouns,
      firstPerson: this.#firstPerson,
      entity: (id) => this.#entity(id, this.#article),
      genderOf: (id) => this.#genderOf(id, this.#article),
      centre: (sentence, before, gender) => this.#centre(sentence, before, gender),
      isPersonNoun: (lemma) => this.#finder.isPersonNoun(lemma),
      isCommunicationNoun: (lemma) => nounKinds?.isCommunication(lemma) ?? false,
      nounGender: (lemma) => this.#nounGenders.get(lemma) ?? null,
      descriptionOf: (id) => this.#article?.people.get(id)?.description ?? null,
      isEnglishWord: (w) => nlp.isEnglishWord(w),
      isHonorific: (w) => Object.hasOwn(lexicon.honorifics, w.toLowerCase()),
      isTitle: (w) => titleWords.has(w.toLowerCase()),
    });
    this.#roleHolders = new RoleHolders(entities);
  }

  /** Sentences, mentions and quotations of one article. */
  annotate(meta: SourceMeta, cleaned: CleanedArticle): AnnotatedArticle {
    const sentences: WorkingSentence[] = [];
    const people: PersonMention[] = [];
    const analyses = paragraphAnalyses(this.nlp, cleaned.paragraphs, cleaned.analysed).map((a) =>
      withTagVerbs(a, this.#tagVerb),
    );
    const spansOf = cleaned.paragraphs.map((para) => findQuoteSpans(para.text));
    // Each paragraph's top-level quotations, picked out once for the quoted-position test and the sentences.
    const topLevelOf = spansOf.map(topLevelSpans);
    const quotedTests = topLevelOf.map((topLevel) => quotedAt(topLevel));
    // "Paul Sandoval" beside the known Luis Cresencio Sandoval: the surname is someone else's here.
    const elsewhere = this.#surnamesOfOthers(analyses);
    // Tokens a known entity names, or in an embedded post: flags built once per paragraph.
    const takenFlags = analyses.map((a, p) => {
      const flags = new Uint8Array(a.tokens.length);
      if (cleaned.paragraphs[p]?.kind === 'social') flags.fill(1);
      for (const c of a.custom)
        if (c.name.startsWith(ENTITY_PREFIX) && !elsewhere.has(c.value)) flags.fill(1, c.start, c.end);
      return flags;
    });
    const found = this.#finder.find(
      meta.id,
      analyses,
      (p, t) => takenFlags[p]?.[t] === 1,
      (p, t) => quotedTests[p]?.(analyses[p]?.tokens[t]?.start ?? 0) ?? false,
    );
    const state: ArticleState = {
      surnamesOfOthers: elsewhere,
      bodies: this.#shared.readArticle(analyses, meta.published),
      people: found,
      genders: new Map(found.people.map((x) => [x.id, x.gender])),
      awaitingGender: null,
      reflexiveFocus: null,
      pronounSentences: new Map(),
      recent: [],
      organisations: [],
    };
    cleaned.paragraphs.forEach((para, p) => {
      const analysis = analyses[p] ?? this.nlp.analyse(para.text);
      const spans = spansOf[p] ?? [];
      const topLevel = topLevelOf[p] ?? topLevelSpans(spans);
      const merged = joinBeforeClauseMarks(
        analysis,
        joinAfterQuotedCries(
          analysis,
          joinAfterTitles(
            analysis,
            mergeAcrossQuotes(analysis, topLevel),
            (v) => this.#finder.isTitle(v) || found.articleTitles.has(v),
          ),
        ),
      );
      const inQuote = quotedTests[p] ?? quotedAt(topLevel);
      let nextSpan = 0;
      merged.forEach((range, s) => {
        const first = analysis.tokens[range.start];
        const last = analysis.tokens[range.end - 1];
        if (!first || !last) return;
        const sentence: WorkingSentence = {
          id: `${meta.id}#${p + 1}.${s + 1}`,
          paragraph: p + 1,
          position: s + 1,
          kind: para.kind,
          socialPost: para.socialPost,
          correction: para.correction === true,
          analysis,
          tokenStart: range.start,
          tokenEnd: range.end,
          start: first.start,
          end: last.end,
          text: para.text.slice(first.start, last.end),
          mentions: [],
          quoteSpans: [],
          paragraphSpans: spans,
          previous: sentences.at(-1) ?? null,
        };
        while (nextSpan < topLevel.length && (topLevel[nextSpan]?.outerStart ?? 0) < first.start) nextSpan++;
        while (nextSpan < topLevel.length && (topLevel[nextSpan]?.outerStart ?? 0) < last.end) {
          const span = topLevel[nextSpan++];
          if (span) sentence.quoteSpans.push(span);
        }
        this.#findMentions(sentence, meta, inQuote, people, p, state);
        sentences.push(sentence);
      });
    });
    this.#article = state;
    this.#people = people;
    let quotes: WorkingQuote[];
    try {
      quotes = this.#attributor.attribute(sentences, people);
    } finally {
      this.#article = null;
      this.#people = [];
    }
    const renamed = this.#fullerUnnamedNames(found.people, sentences, people, state);
    for (const q of quotes) q.speakerName = renamed.get(q.speakerId ?? '') ?? q.speakerName;
    writersRelatives(quotes, letterWriters(cleaned.paragraphs, cleaned.dropped));
    const writers = signedWriters(
      cleaned.paragraphs,
      cleaned.dropped,
      sentences,
      new Set(found.people.map((x) => x.name)),
      (v) => this.#finder.isTitle(v),
    );
    outletTurnsToInterviewer(quotes, meta);
    const speakers = new Set(quotes.map((q) => q.speakerId));
    const mentioned = new Set<string>();
    for (const x of sentences) for (const m of x.mentions) mentioned.add(m.entityId);
    return {
      sentences,
      quotes,
      people: found.people
        .filter((x) => mentioned.has(x.id) || speakers.has(x.id))
        .map((x) => ({
          ...x,
          name: renamed.get(x.id) ?? x.name,
          gender: state.genders.get(x.id) ?? x.gender,
        }))
        .concat(writers),
      notPeople: found.notPeople,
    };
  }

  /**
   * Unnamed people's fuller names, read after attribution: a spokesperson by the body the sentence before
   * opens with (spokespeople.ts), a "his"/"her" in their words by the person it stands for (unnamed-owners.ts).
   */
  #fullerUnnamedNames(
    people: readonly ArticlePerson[],
    sentences: readonly WorkingSentence[],
    mentions: readonly PersonMention[],
    state: ArticleState,
  ): Map<string, string> {
    const out = new Map<string, string>();
    const unnamed = people.filter((p) => p.unnamedAt);
    if (unnamed.length === 0) return out;
    const byParagraph = new Map<number, WorkingSentence[]>();
    for (const s of sentences) {
      const list = byParagraph.get(s.paragraph);
      if (list) list.push(s);
      else byParagraph.set(s.paragraph, [s]);
    }
    for (const p of unnamed) {
      const at = p.unnamedAt;
      if (!at) continue;
      const own = byParagraph
        .get(at.paragraph + 1)
        ?.find((s) => s.tokenStart <= at.start && at.start < s.tokenEnd);
      const order = readingOrder(at.paragraph, own ? tokenAt(own.analysis, at.start).start : 0);
      const name =
        spokespersonOfBody(p.name, own, (id) => this.#entity(id, state)) ??
        (own
          ? ownerInName(
              p.name,
              order,
              mentions,
              p.id,
              (id) => this.#genderOf(id, state),
              (id) => this.#entity(id, state)?.name,
            )
          : null);
      if (name) out.set(p.id, name);
    }
    return out;
  }

  /**
   * A known person's one-word alias ("Sandoval") that the article gives another person, after a first name
   * of their own ("Paul Sandoval"), when it never names the known person in full: there, the surname is the
   * article's person's, in every mention. One look at each paragraph's alias matches.
   */
  #surnamesOfOthers(analyses: readonly Analysis[]): Set<string> {
    const others = new Map<string, string>();
    const fullyNamed = new Set<string>();
    for (const a of analyses) {
      // Matches come in order of their start: the furthest end of those starting before this one says whether
      // the word before it is inside another match, in one pass (no look through every match per match).
      let endBefore = -1;
      let start = -1;
      let endAtStart = -1;
      for (const c of a.custom) {
        if (c.start !== start) {
          endBefore = Math.max(endBefore, endAtStart);
          start = c.start;
          endAtStart = -1;
        }
        endAtStart = Math.max(endAtStart, c.end);
        if (!c.name.startsWith(ENTITY_PREFIX)) continue;
        const id = this.#entityIdOf(c.name);
        if (this.#entities.get(id)?.type !== 'person') continue;
        if (c.end - c.start > 1) {
          fullyNamed.add(id);
          continue;
        }
        const before = a.tokens[c.start - 1];
        const inName = endBefore > c.start - 1;
        if (
          before?.pos === 'PROPN' &&
          NAME_WORD.test(before.value) &&
          !this.#finder.isTitle(before.value) &&
          !inName
        )
          others.set(c.value, id);
      }
    }
    return new Set([...others].filter(([, id]) => !fullyNamed.has(id)).map(([surname]) => surname));
  }

  #findMentions(
    sentence: WorkingSentence,
    meta: SourceMeta,
    inQuote: (charPos: number) => boolean,
    people: PersonMention[],
    paragraphIndex: number,
    state: ArticleState,
  ): void {
    const { analysis } = sentence;
    // Made for the first alias match, as `covered` is: most sentences have none.
    let explicit: Set<string> | null = null;
    const found: Array<EntityMention & { token: number; quoted: boolean }> = [];
    // Most sentences name no known entity: the set of tokens they cover is made for the first one.
    let covered: Set<number> | null = null;
    // The paragraph's matches in this sentence, found by binary search: wink-nlp gives them in order.
    const custom = spansStartingIn(analysis.custom, sentence.tokenStart, sentence.tokenEnd);
    const bodies = state.bodies[paragraphIndex];
    for (const c of custom) {
      if (c.name.startsWith(ENTITY_PREFIX) && !state.surnamesOfOthers.has(c.value)) {
        const entityId = bodies?.get(c.start) ?? this.#entityIdOf(c.name);
        // "The National Border Patrol Council": a longer body's name that merely contains this one.
        if (
          this.#entities.get(entityId)?.type === 'organisation' &&
          insideLongerOrganisationName(
            analysis.tokens,
            c.start,
            c.end,
            sentence.tokenStart,
            sentence.tokenEnd,
          )
        )
          continue;
        (explicit ??= new Set<string>()).add(entityId);
        covered = cover(covered, c.start, c.end);
        found.push({
          entityId,
          text: c.value,
          via: 'alias',
          token: c.start,
          quoted: inQuote(tokenAt(analysis, c.start).start),
        });
      }
    }
    // "The Guard", "Guard members": a one-word name is no alias match, the shared-name reading found it.
    let named: Set<number> | null = null;
    // Most paragraphs hold no shared name: their tokens are not looked at.
    for (let t = sentence.tokenStart; bodies !== undefined && t < sentence.tokenEnd; t++) {
      const body = bodies.get(t);
      if (!body) continue;
      // Where an alias match starts, read once per sentence: a search per token would not scale.
      named ??= new Set(custom.filter((c) => c.name.startsWith(ENTITY_PREFIX)).map((c) => c.start));
      if (named.has(t)) continue;
      (explicit ??= new Set<string>()).add(body);
      covered = cover(covered, t, t + 1);
      found.push({
        entityId: body,
        text: tokenAt(analysis, t).value,
        via: 'alias',
        token: t,
        quoted: inQuote(tokenAt(analysis, t).start),
      });
    }
    for (const c of custom) {
      if (!c.name.startsWith(ROLE_PREFIX)) continue;
      if (isInsideAlias(analysis, c.start, c.end)) continue;
      // "Maria Kowalski, vice president of the union": not the president.
      if (narrowsOffice(analysis.tokens, c.start, this.#officeTitles)) continue;
      const holder = this.#roleHolders.resolve(
        c.name.slice(ROLE_PREFIX.length),
        meta.published,
        explicit ?? NO_IDS,
        people,
      );
      if (holder) {
        covered = cover(covered, c.start, c.end);
        found.push({
          entityId: holder.id,
          text: c.value,
          via: 'role',
          token: c.start,
          quoted: inQuote(tokenAt(analysis, c.start).start),
        });
      }
    }
    for (const m of state.people.mentionsIn(
      analysis,
      paragraphIndex,
      sentence.tokenStart,
      sentence.tokenEnd,
      (t) => covered !== null && covered.has(t),
      state.recent,
    )) {
      // "Mrs. Teague" after two sentences of "he" for Orville Bascom Teague: his widow, whom the article never
      // named in full, not him.
      if (m.gender && otherThanSettled(state, m.personId, m.gender)) continue;
      // "Ms. Inzunza": an honorific says the gender a pronoun after the name only guessed ("Guadalupe Inzunza,
      // whose son is a corporal, said he had called her" is not his).
      if (m.gender) state.genders.set(m.personId, m.gender);
      found.push({
        entityId: m.personId,
        text: m.text,
        via: m.via,
        token: m.start,
        quoted: inQuote(tokenAt(analysis, m.start).start),
      });
    }
    for (const m of organisationsNamedAgain(analysis, sentence, covered ?? NO_TOKENS, state.organisations))
      found.push(m);
    // "Benito Juárez, the president who fought the French": the role describes the person before it.
    const isPerson = (id: string) =>
      this.#entities.get(id)?.type === 'person' || state.people.get(id) !== undefined;
    for (let i = found.length - 1; i >= 0; i--) {
      const m = found[i];
      if (m?.via === 'role' && roleApposedToPerson(analysis, m, found, isPerson)) found.splice(i, 1);
    }
    sortByToken(found);
    for (const m of found) {
      const e = this.#entities.get(m.entityId);
      if (m.via !== 'alias' || e?.type !== 'organisation') continue;
      const words = this.#organisationWords.of(e);
      if (state.organisations[0]?.id !== e.id)
        state.organisations = mostRecentFirst(state.organisations, { id: e.id, words }, (o) => o.id);
    }
    const resolved: Array<EntityMention & { token: number; quoted: boolean }> = [];
    let next = 0;
    /** The person mention whose words are being read, which may name others inside (enclosing-mentions.ts). */
    let open: OpenMention | null = null;
    for (let t = sentence.tokenStart; t <= sentence.tokenEnd; t++) {
      const at = t < sentence.tokenEnd ? tokenAt(analysis, t).start : Infinity;
      // "A young officer of Gen. Blanco's staff, who …": the words read, the officer is the last one named.
      if (open && at >= open.end) {
        if (open.holdsOther) {
          people.push({ order: readingOrder(paragraphIndex, open.end), entityId: open.entityId });
          if (state.people.get(open.entityId))
            state.recent = mostRecentFirst(state.recent, open.entityId, (id) => id);
        }
        open = null;
      }
      if (t === sentence.tokenEnd) break;
      for (; next < found.length && (found[next]?.token ?? 0) <= t; next++) {
        const m = found[next];
        if (!m || m.quoted || this.#entity(m.entityId, state)?.type !== 'person') continue;
        open = readMention(open, analysis, m);
        people.push({
          order: readingOrder(paragraphIndex, tokenAt(analysis, m.token).start),
          entityId: m.entityId,
        });
        const discovered = state.people.get(m.entityId);
        if (discovered) state.recent = mostRecentFirst(state.recent, m.entityId, (id) => id);
        // "Told of Valles's comments, she laughed": a possessive name is not who the pronoun goes on about.
        const from = tokenAt(analysis, m.token).start + m.text.length;
        const possessive = /^['’]/.test(analysis.text.slice(from, from + 1));
        state.awaitingGender =
          discovered && !possessive && !state.genders.get(m.entityId)
            ? { id: m.entityId, paragraph: paragraphIndex }
            : null;
      }
      const tok = tokenAt(analysis, t);
      const gender = tok.pos === 'PRON' ? this.#pronouns.get(tok.normal) : undefined;
      if (!gender || !MENTION_PRONOUNS.has(tok.normal) || inQuote(tok.start)) continue;
      if (intensiveReflexive(analysis.tokens, t)) {
        // "Pershing himself": a name the article knows goes on under its own mention.
        const end = tokenAt(analysis, t - 1).end;
        const known = found.some((m) => tokenAt(analysis, m.token).start + m.text.length === end);
        state.reflexiveFocus = known ? null : { sentence, gender };
        continue;
      }
      // The pronoun after a newly named person tells their gender, unless their first name says the other
      // ("Coombs said… Ames said… 'Nobody asks…,' she said": Derek Ames is not the "she").
      const awaiting = state.awaitingGender;
      if (
        awaiting?.paragraph === paragraphIndex &&
        !this.#fitsBetter(awaiting.id, gender, paragraphIndex, people, state) &&
        !opensWithAnotherName(
          analysis.tokens,
          sentence.tokenStart,
          t,
          (k) => found.find((m) => m.token === k)?.entityId ?? null,
          awaiting.id,
        )
      )
        state.genders.set(awaiting.id, gender);
      state.awaitingGender = null;
      // "John McCain, whom Obama defeated, said… He and Jon Kyl…": a pronoun opening a sentence continues the
      // subject of the one before, not the last name read.
      const opens = onlyPunctuationOrConjunctions(analysis, sentence.tokenStart, t);
      // "Villa himself was not in the fight. He is said to have been wounded": the name the reflexive stood
      // for goes on, whom no entity stands for.
      const focus = state.reflexiveFocus;
      if (opens && focus?.sentence === sentence.previous && focus.gender === gender) continue;
      const centre = opens ? centreOf(sentence, t, (x) => this.#entity(x, state)?.type === 'person') : null;
      const centreGender = centre ? this.#genderOf(centre, state) : null;
      const who =
        (centre && (centreGender === null || centreGender === gender) ? centre : null) ??
        lastPerson(people, readingOrder(paragraphIndex, tok.start), gender, null, (id) =>
          this.#genderOf(id, state),
        );
      if (!who) continue;
      // "He paused before going on": the subject the pronoun continues is of the pronoun's gender from here on.
      if (who === centre && centreGender === null) learnGender(state, who, gender);
      // The person the pronoun stands for is the last one named from here on, in reading order: appended to
      // `found`, it would be read after the names that follow it and end their wait for a gender.
      resolved.push({ entityId: who, text: tok.value, via: 'pronoun', token: t, quoted: false });
      countPronounSentence(state, who, readingOrder(paragraphIndex, sentence.tokenStart));
      people.push({ order: readingOrder(paragraphIndex, tok.start), entityId: who });
      if (state.people.get(who)) state.recent = mostRecentFirst(state.recent, who, (id) => id);
    }
    for (const m of resolved) found.push(m);
    sortByToken(found);
    for (const m of found)
      sentence.mentions.push({ entityId: m.entityId, text: m.text, via: m.via, token: m.token });
  }

  /** The id of the entity an alias match (`entity:<id>`) names. */
  #entityIdOf(matchName: string): string {
    return this.#idOfMatch.get(matchName) ?? matchName.slice(ENTITY_PREFIX.length);
  }

  /** {@link centreOf} when the gender fits or is unknown; an unknown gender is learnt from the pronoun. */
  #centre(sentence: WorkingSentence, before: number, gender: 'male' | 'female'): string | null {
    const centre = centreMention(sentence, before, (x) => this.#entity(x, this.#article)?.type === 'person');
    if (!centre) return null;
    const id = centre.entityId;
    const known = this.#genderOf(id, this.#article);
    if (known !== null && known !== gender) return null;
    // "A Mexican official … said the government of President Gustavo Díaz Ordaz had been told. '…,' he said":
    // a subject who said something keeps the pronoun over those named in what they said.
    // "T. W. Kennedy wired the governor. '…,' his dispatch said": the subject keeps a possessive over the last
    // one of its gender named, when that is someone the subject's own clause names after it (its object).
    const owner = POSSESSIVE_DETERMINERS.has(tokenAt(sentence.analysis, before).normal);
    const at = readingOrder(sentence.paragraph - 1, tokenAt(sentence.analysis, before).start);
    const last = owner
      ? lastNamedBefore(this.#people, at, (x) => this.#genderOf(x, this.#article) === gender)
      : null;
    const object = last !== null && centre.after.has(last);
    if (known === null && !centre.spoke && !object && this.#recentlyNamed(at, gender)) return null;
    if (this.#article) learnGender(this.#article, id, gender);
    return id;
  }

  /**
   * True when someone of `gender` was named before reading order `before`, in its paragraph or the last
   * {@link GENDER_WINDOW_PARAGRAPHS}: read back from there, not from the article's end.
   */
  #recentlyNamed(before: number, gender: 'male' | 'female'): boolean {
    const people = this.#people;
    const paragraph = paragraphOfOrder(before);
    const end = lowerBound(0, people.length, (k) => (people[k]?.order ?? 0) < before);
    for (let i = end - 1; i >= 0 && end - i <= MAX_PRONOUN_LOOKBACK; i--) {
      const p = people[i];
      if (!p || paragraphOfOrder(p.order) < paragraph - GENDER_WINDOW_PARAGRAPHS) break;
      if (this.#genderOf(p.entityId, this.#article) === gender) return true;
    }
    return false;
  }

  /** A known entity, or a person this article introduced, as entity data. */
  #entity(id: string, state: ArticleState | null): Pick<EntityData, 'id' | 'name' | 'type'> | undefined {
    const known = this.#entities.get(id);
    if (known) return known;
    const person = state?.people.get(id);
    return person ? { id: person.id, name: person.name, type: person.kind ?? 'person' } : undefined;
  }

  /**
   * True when someone else named in the paragraph fits a pronoun better than the person just named: the
   * text or their first name gives them its gender and the just-named one's name does not ("Coombs said…
   * Ames said… 'Nobody asks…,' she said": Derek Ames is not the "she", Brianna Coombs is).
   */
  #fitsBetter(
    id: string,
    gender: 'male' | 'female',
    paragraphIndex: number,
    people: readonly PersonMention[],
    state: ArticleState,
  ): boolean {
    const byName = state.people.get(id)?.nameGender;
    if (byName === gender) return false;
    // The last few people named, read back while in the paragraph: bounded however long a paragraph is.
    for (let k = people.length - 1; k >= 0 && people.length - k <= GENDER_LOOKBACK; k--) {
      const p = people[k];
      if (!p || paragraphOfOrder(p.order) !== paragraphIndex) break;
      if (p.entityId === id) continue;
      if ((state.genders.get(p.entityId) ?? state.people.get(p.entityId)?.nameGender) === gender) return true;
    }
    return false;
  }

  /** What the text says of a person's gender, else what their first name suggests; `null` when neither does. */
  #genderOf(id: string, state: ArticleState | null): 'male' | 'female' | null {
    return (
      this.#entities.get(id)?.gender ?? state?.genders.get(id) ?? state?.people.get(id)?.nameGender ?? null
    );
  }
}

/**
 * A pronoun continuing a person the article introduced, whose gender it has not said yet, says it: it is
 * theirs from here on.
 */
/** Counts the sentence (`key`, unique per sentence of the article) as one with a pronoun standing for `id`. */
function countPronounSentence(state: ArticleState, id: string, key: number): void {
  const seen = state.pronounSentences.get(id);
  if (!seen) state.pronounSentences.set(id, { count: 1, last: key });
  else if (seen.last !== key) state.pronounSentences.set(id, { count: seen.count + 1, last: key });
}

/**
 * True when an honorific's `gender` is not the one pronouns in two sentences or more have settled for
 * person `id`: the honorific and surname name someone else of the surname.
 */
function otherThanSettled(state: ArticleState, id: string, gender: 'male' | 'female'): boolean {
  const settled = state.genders.get(id);
  return !!settled && settled !== gender && (state.pronounSentences.get(id)?.count ?? 0) >= 2;
}

function learnGender(state: ArticleState, id: string, gender: 'male' | 'female'): void {
  if (!state.genders.get(id) && state.people.get(id)) state.genders.set(id, gender);
}
