/**
 * Turns one cleaned article into sentences with entity mentions and attributed quotations.
 *
 * Mentions are the entity data's aliases and role titles (resolved by the article's date: "the defence
 * minister" in 2019), the people the article introduces, organisations named again ("the ministry"), and
 * "he"/"she" resolved to the last person of that gender. Who said each quotation is worked out in
 * attribution.ts, reading the article through this annotator; the mentions are found in known-mentions.ts
 * and read in order, pronouns with them, in mentions-in-order.ts.
 */
import { isCommunicating, withTagVerbs } from './tag-verbs.ts';
import { ENTITY_PREFIX, lowerBound, type Analysis, type Nlp } from '../nlp/pipeline.ts';
import { exactSize } from '../nlp/exact-size.ts';
import type { ArticlePerson } from './discovered-person.ts';
import type { CleanedArticle, CleanParagraph } from './clean.ts';
import { paragraphAnalyses } from './paragraph-analyses.ts';
import type { EntityData } from './entity-data.ts';
import { findQuoteSpans, topLevelSpans, type QuoteSpan } from './quote-spans.ts';
import type { WordVectors } from '../nlp/word-vectors.ts';
import type { NounKinds } from './noun-kinds.ts';
import { SayingVerbs, type VerbWaySource } from './saying-verbs.ts';
import { QuoteAttributor } from './attribution.ts';
import { PeopleFinder, type PeopleLexicon } from './people.ts';
import { SharedNames } from './shared-names.ts';
import type { SourceMeta } from './schema.ts';
import { OrganisationWords, RoleHolders } from './named-again.ts';
import type { AnnotatedArticle, WorkingQuote, WorkingSentence } from './working.ts';
import { letterWriters, writersRelatives } from './letter-writers.ts';
import { signedWriters, writerId } from './signed-writers.ts';
import { writersOwnWords } from './writers-own-words.ts';
import { outletTurnsToInterviewer } from './outlet-interviewer.ts';
import { articleEntity, articleGender, learnGender, saidGender, type ArticleState } from './article-state.ts';
import { knownMentions, type KnownEntities } from './known-mentions.ts';
import { readMentionsInOrder, type MentionReader } from './mentions-in-order.ts';
import { MentionIndex, namedMentions } from './mention-index.ts';
import { surnamesOfOthers } from './surnames-of-others.ts';
import type { ArticlePeople } from './article-people.ts';
import type { NotAPerson } from './name-contexts.ts';
import { renameSpeakers } from './speaker-renames.ts';
import { introducingPronounsGoOn } from './introducing-pronouns.ts';
import { nameGenderReader } from './name-gender.ts';
import { paragraphOfOrder, readingOrder } from './mention-order.ts';
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

/**
 * A pronoun continues the subject of the sentence before it even when that person's gender is unknown,
 * unless someone of the pronoun's gender was named within this many paragraphs.
 */
const GENDER_WINDOW_PARAGRAPHS = 2;
/** "A woman", "a man": the plainest nouns for a person of a gender, beside the lexicon's nouns of office. */
const NOUN_GENDERS: ReadonlyArray<[string, 'male' | 'female']> = [
  ['man', 'male'],
  ['woman', 'female'],
];

/** What {@link Annotator.annotate} reads from each paragraph before its sentences, by paragraph index. */
interface ParagraphReadings {
  analyses: Analysis[];
  spansOf: QuoteSpan[][];
  topLevelOf: QuoteSpan[][];
  quotedTests: Array<(charPos: number) => boolean>;
}

/** Possessives that own what says the words ('"…," his dispatch said'). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her']);

/** Reads articles with one set of entity data; build once, reuse for every source. */
export class Annotator {
  readonly #entities: Map<string, EntityData>;
  readonly #cues: SayingVerbs;
  /** A verb a tag after quoted words may close with ({@link withTagVerbs}): one of saying or of communicating. */
  readonly #tagVerb: (lemma: string) => boolean;
  /** Nouns for a person that mark a gender ("spokeswoman", "woman"). */
  readonly #nounGenders: Map<string, 'male' | 'female'>;
  readonly #pronouns: Map<string, 'male' | 'female'>;
  readonly #firstPerson: Set<string>;
  /** The entity data and the tools that find its mentions by name or role (known-mentions.ts). */
  readonly #known: KnownEntities;
  /** What a sentence's mentions and pronouns are read in order with (mentions-in-order.ts). */
  readonly #reader: MentionReader;
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
  /** Who said each quotation, reading the article being annotated. */
  readonly #attributor: QuoteAttributor;
  /** Names two bodies share, and the words that say which one a mention means. */
  readonly #shared: SharedNames;
  /** The gender a first name suggests, for a name closing an unnamed person's description. */
  readonly #nameGender: (first: string) => 'male' | 'female' | null;

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
    this.#nameGender = nameGenderReader(vectors);
    const titleWords = new Set([
      ...Object.keys(lexicon.honorifics),
      ...Object.keys(lexicon.titleAbbreviations),
      ...lexicon.personTitles,
    ]);
    this.#attributor = new QuoteAttributor({
      cues: this.#cues,
      pronouns: this.#pronouns,
      firstPerson: this.#firstPerson,
      entity: (id) => articleEntity(this.#entities, id, this.#article),
      genderOf: (id) => articleGender(this.#entities, id, this.#article),
      saidGenderOf: (id) => saidGender(this.#entities, id, this.#article),
      centre: (sentence, before, gender) => this.#centre(sentence, before, gender),
      isPersonNoun: (lemma) => this.#finder.isPersonNoun(lemma),
      notPersonKind: (name) => this.#article?.people.notPeople.get(name) ?? null,
      isCommunicationNoun: (lemma) => nounKinds?.isCommunication(lemma) ?? false,
      isKindOf: (lemma, kind) => nounKinds?.isKindOf(lemma, kind) ?? false,
      nounGender: (lemma) => this.#nounGenders.get(lemma) ?? null,
      descriptionOf: (id) => this.#article?.people.get(id)?.description ?? null,
      isEnglishWord: (w) => nlp.isEnglishWord(w),
      isHonorific: (w) => Object.hasOwn(lexicon.honorifics, w.toLowerCase()),
      isTitle: (w) => titleWords.has(w.toLowerCase()),
    });
    this.#known = {
      entities: this.#entities,
      entityIdOf: (matchName) => this.#entityIdOf(matchName),
      officeTitles: new Set(lexicon.personTitles),
      roleHolders: new RoleHolders(entities),
      organisationWords: new OrganisationWords(),
    };
    this.#reader = {
      entities: this.#entities,
      pronouns: this.#pronouns,
      isSayingVerb: (lemma) => this.#cues.has(lemma),
    };
  }

  /** Sentences, mentions and quotations of one article. */
  annotate(meta: SourceMeta, cleaned: CleanedArticle): AnnotatedArticle {
    const read = this.#readParagraphs(cleaned);
    const { analyses } = read;
    // "Paul Sandoval" beside the known Luis Cresencio Sandoval: the surname is someone else's here.
    const elsewhere = surnamesOfOthers(
      analyses,
      (n) => this.#entityIdOf(n),
      this.#entities,
      (v) => this.#finder.isTitle(v),
    );
    const found = this.#findPeople(meta, cleaned, read, elsewhere);
    const state: ArticleState = {
      surnamesOfOthers: elsewhere,
      bodies: this.#shared.readArticle(analyses, meta.published),
      people: found,
      genders: gendersOf(found.people),
      awaitingGender: null,
      reflexiveFocus: null,
      pronounSentences: new Map(),
      recent: [],
      organisations: [],
    };
    const sentences: WorkingSentence[] = [];
    const people: PersonMention[] = [];
    for (let p = 0; p < cleaned.paragraphs.length; p++)
      this.#readSentences(meta, cleaned.paragraphs[p] as CleanParagraph, p, read, state, sentences, people);
    const quotes = this.#attribute(sentences, people, state);
    const renamed = renameSpeakers(quotes, found.people, sentences, people, {
      entity: (id) => articleEntity(this.#entities, id, state),
      genderOf: (id) => articleGender(this.#entities, id, state),
      genderOfName: this.#nameGender,
      isPersonNoun: (lemma) => this.#finder.isPersonNoun(lemma),
    });
    introducingPronounsGoOn(
      {
        pronouns: this.#reader.pronouns,
        isPerson: (id) => articleEntity(this.#entities, id, state)?.type === 'person',
        genderOf: (id) => articleGender(this.#entities, id, state),
      },
      quotes,
      sentences,
    );
    const writers = letterWriters(cleaned.paragraphs, cleaned.dropped);
    writersOwnWords(quotes, writers, {
      isCue: (tok) => tok.pos === 'VERB' && this.#cues.has(tok.lemma),
      idOf: (written) => writerId(written, (v) => this.#finder.isTitle(v), found.people),
    });
    writersRelatives(quotes, writers);
    outletTurnsToInterviewer(quotes, meta);
    return {
      sentences,
      quotes,
      people: this.#keptPeople(cleaned, writers, sentences, quotes, renamed, state),
      notPeople: this.#notPeople(found, quotes),
    };
  }

  /**
   * Each paragraph's analysis (the one cleaning made, when it made one), its quotation spans, the top-level
   * ones among them and the test of whether a character stands inside one.
   */
  #readParagraphs(cleaned: CleanedArticle): ParagraphReadings {
    // Lists built by pushing onto literals, not by map/filter/concat: an empty result of those has another
    // shape than a full one, and each new shape seen threw away the compiled annotate (8 times in the first
    // 3,000 articles of bench:kb, each a recompile of this whole function with what it inlines; now none).
    const analyses: Analysis[] = [];
    for (const a of paragraphAnalyses(this.nlp, cleaned.paragraphs, cleaned.analysed))
      analyses.push(withTagVerbs(a, this.#tagVerb));
    const spansOf: QuoteSpan[][] = [];
    // Each paragraph's top-level quotations, picked out once for the quoted-position test and the sentences.
    const topLevelOf: QuoteSpan[][] = [];
    const quotedTests: Array<(charPos: number) => boolean> = [];
    for (const para of cleaned.paragraphs) {
      const spans = findQuoteSpans(para.text);
      const topLevel = topLevelSpans(spans);
      spansOf.push(spans);
      topLevelOf.push(topLevel);
      quotedTests.push(quotedAt(topLevel));
    }
    return { analyses, spansOf, topLevelOf, quotedTests };
  }

  /** The people the article introduces, outside the tokens known entities name and outside quotations. */
  #findPeople(
    meta: SourceMeta,
    cleaned: CleanedArticle,
    { analyses, quotedTests }: ParagraphReadings,
    elsewhere: ReadonlySet<string>,
  ): ArticlePeople {
    // Tokens a known entity names, or in an embedded post: flags built once per paragraph.
    const takenFlags: Uint8Array[] = [];
    for (let p = 0; p < analyses.length; p++) {
      const a = analyses[p] as Analysis;
      const flags = new Uint8Array(a.tokens.length);
      if (cleaned.paragraphs[p]?.kind === 'social') flags.fill(1);
      for (const c of a.custom)
        if (c.name.startsWith(ENTITY_PREFIX) && !elsewhere.has(c.value)) flags.fill(1, c.start, c.end);
      takenFlags.push(flags);
    }
    return this.#finder.find(
      meta.id,
      analyses,
      (p, t) => takenFlags[p]?.[t] === 1,
      (p, t) => quotedTests[p]?.(analyses[p]?.tokens[t]?.start ?? 0) ?? false,
    );
  }

  /**
   * Paragraph `p`'s sentences, each with its quotation spans and its mentions read in order, pushed onto
   * `sentences` (and the people named onto `people`).
   */
  #readSentences(
    meta: SourceMeta,
    para: CleanParagraph,
    p: number,
    read: ParagraphReadings,
    state: ArticleState,
    sentences: WorkingSentence[],
    people: PersonMention[],
  ): void {
    const analysis = read.analyses[p] ?? this.nlp.analyse(para.text);
    const spans = read.spansOf[p] ?? [];
    const topLevel = read.topLevelOf[p] ?? topLevelSpans(spans);
    const articleTitles = state.people.articleTitles;
    const merged = joinBeforeClauseMarks(
      analysis,
      joinAfterQuotedCries(
        analysis,
        joinAfterTitles(
          analysis,
          mergeAcrossQuotes(analysis, topLevel),
          (v) => this.#finder.isTitle(v) || articleTitles.has(v),
        ),
      ),
    );
    const inQuote = read.quotedTests[p] ?? quotedAt(topLevel);
    let nextSpan = 0;
    for (let s = 0; s < merged.length; s++) {
      const range = merged[s] as (typeof merged)[number];
      const first = analysis.tokens[range.start];
      const last = analysis.tokens[range.end - 1];
      if (!first || !last) continue;
      while (nextSpan < topLevel.length && (topLevel[nextSpan]?.outerStart ?? 0) < first.start) nextSpan++;
      const quoteSpans: QuoteSpan[] = [];
      while (nextSpan < topLevel.length && (topLevel[nextSpan]?.outerStart ?? 0) < last.end) {
        const span = topLevel[nextSpan++];
        if (span) quoteSpans.push(span);
      }
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
        named: MentionIndex.EMPTY,
        quoteSpans: exactSize(quoteSpans),
        paragraphSpans: spans,
        previous: sentences.at(-1) ?? null,
      };
      const byName = knownMentions(this.#known, sentence, meta, inQuote, people, p, state);
      readMentionsInOrder(this.#reader, sentence, byName, inQuote, people, p, state);
      sentence.mentions = exactSize(sentence.mentions);
      sentence.named = namedMentions(analysis, sentence.mentions);
      sentences.push(sentence);
    }
  }

  /** Who said each quotation, with the article's state readable by the attributor's callbacks meanwhile. */
  #attribute(sentences: WorkingSentence[], people: PersonMention[], state: ArticleState): WorkingQuote[] {
    this.#article = state;
    this.#people = people;
    try {
      return this.#attributor.attribute(sentences, people);
    } finally {
      this.#article = null;
      this.#people = [];
    }
  }

  /**
   * The people the article introduced that it mentions or quotes (by their fuller names, with the genders
   * learnt), and the writers who signed letters or pieces.
   */
  #keptPeople(
    cleaned: CleanedArticle,
    letters: ReadonlyMap<number, string>,
    sentences: readonly WorkingSentence[],
    quotes: readonly WorkingQuote[],
    renamed: ReadonlyMap<string, string>,
    state: ArticleState,
  ): ArticlePerson[] {
    const found = state.people;
    const writers = signedWriters(
      cleaned.paragraphs,
      cleaned.dropped,
      letters,
      sentences,
      new Set(found.people.map((x) => x.name)),
      (v) => this.#finder.isTitle(v),
    );
    const speakers = new Set(quotes.map((q) => q.speakerId));
    const mentioned = new Set<string>();
    for (const x of sentences) for (const m of x.mentions) mentioned.add(m.entityId);
    const kept: ArticlePerson[] = [];
    for (const x of found.people) {
      if (!mentioned.has(x.id) && !speakers.has(x.id)) continue;
      kept.push({ ...x, name: renamed.get(x.id) ?? x.name, gender: state.genders.get(x.id) ?? x.gender });
    }
    for (const w of writers) kept.push(w);
    return kept;
  }

  /** The names read as no person's, and a speaker's name no run gave that is a body's by its head. */
  #notPeople(found: ArticlePeople, quotes: readonly WorkingQuote[]): Map<string, NotAPerson> {
    // '"…," said the National Border Patrol Council': a speaker's name no run gave is a body's by its head.
    const notPeople = new Map(found.notPeople);
    for (const q of quotes)
      if (
        q.speakerId === null &&
        !notPeople.has(q.speakerName) &&
        this.#finder.isBodyHeadedName(q.speakerName)
      )
        notPeople.set(q.speakerName, 'organisation');
    return notPeople;
  }

  /** The id of the entity an alias match (`entity:<id>`) names. */
  #entityIdOf(matchName: string): string {
    return this.#idOfMatch.get(matchName) ?? matchName.slice(ENTITY_PREFIX.length);
  }

  /** {@link centreOf} when the gender fits or is unknown; an unknown gender is learnt from the pronoun. */
  #centre(sentence: WorkingSentence, before: number, gender: 'male' | 'female'): string | null {
    const centre = centreMention(
      sentence,
      before,
      (x) => articleEntity(this.#entities, x, this.#article)?.type === 'person',
    );
    if (!centre) return null;
    const id = centre.entityId;
    const known = articleGender(this.#entities, id, this.#article);
    if (known !== null && known !== gender) return null;
    // "A Mexican official … said the government of President Gustavo Díaz Ordaz had been told. '…,' he said":
    // a subject who said something keeps the pronoun over those named in what they said.
    // "T. W. Kennedy wired the governor. '…,' his dispatch said", "Dr. Hartwell puts the dead in other
    // figures than Mr. Langham. '…,' he wrote": the subject keeps a pronoun or possessive over the last one of
    // its gender named, when that is someone the subject's own clause names after it: for a possessive any
    // one (its object), for a pronoun one after a preposition ("than Mr. Langham"), less read on than a subject.
    const at = readingOrder(sentence.paragraph - 1, tokenAt(sentence.analysis, before).start);
    const last = lastNamedBefore(
      this.#people,
      at,
      (x) => articleGender(this.#entities, x, this.#article) === gender,
    );
    const owner = POSSESSIVE_DETERMINERS.has(tokenAt(sentence.analysis, before).normal);
    const object = last !== null && (owner ? centre.after : centre.oblique).has(last);
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
      if (articleGender(this.#entities, p.entityId, this.#article) === gender) return true;
    }
    return false;
  }
}

/** Each person's gender by id, read in a loop: a map over an empty list gave annotate another shape. */
function gendersOf(people: readonly ArticlePerson[]): Map<string, ArticlePerson['gender']> {
  const genders = new Map<string, ArticlePerson['gender']>();
  for (const x of people) genders.set(x.id, x.gender);
  return genders;
}
