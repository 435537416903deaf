/**
 * Reads a question: chat spellings and typos corrected against the coverage's own vocabulary, entities and
 * role titles resolved, the intent matched from data patterns, and weighted retrieval terms built (lemmas,
 * synonyms, entity terms). Words the coverage never uses are kept apart: they mark what it cannot answer.
 */
import { spelledOutAcronym } from './coverage-writing.ts';
import type { Analysis, Nlp } from '../nlp/pipeline.ts';
import { CoverageForms } from './coverage-forms.ts';
import { ChatShorthand } from './chat-shorthand.ts';
import { CoverageMeanings } from './coverage-meanings.ts';
import { unknownSpeaker } from './unknown-speaker.ts';
import type { EngineData, Understanding } from './understanding.ts';
import { whAskedAct } from './wh-act.ts';
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';
import { withIndexedLemmas } from './indexed-terms.ts';
import { withArticleReach } from './article-reach.ts';
import type { WordLens } from './retrieval.ts';
import { QuestionEntities } from './question-entities.ts';
import { kinGroupsOf } from './kin-group.ts';
import { personKindsOf } from './person-kinds.ts';
import { outletNames, outletsNamed, type OutletName } from './outlet-names.ts';
import { leadingReading, setsTheScene } from './side-verbs.ts';
import { SpellingCorrector } from './spelling.ts';
import { nameFollowers, nameWords, wordsByLength } from './spelling-vocabulary.ts';
import { unframe } from './question-frames.ts';
import { askingWordFirst, IntentPatterns, quotedWords } from './question-intent.ts';
import { pointingPronoun } from './pointing-pronoun.ts';
import { heldOffices } from './held-offices.ts';
import { phrasal } from './predicate-grammar.ts';
import { phrasalSynonyms } from './phrasal-verb.ts';
import { wordNetSaid } from './said-in-other-words.ts';
import { describesNoOne } from './figurative-who-noun.ts';
import { cleanQuestion } from './text.ts';
import { unnamedSpeakerStems } from './unnamed-speaker-words.ts';
import { questionWords, SYNONYM_WEIGHT, type QuestionVocabulary } from './question-words.ts';

export type { EngineData, IntentData, SynonymData, Understanding } from './understanding.ts';

/** Stems kept at most (then forgotten all at once): about 1 MB. */
const MAX_REMEMBERED_STEMS = 20_000;

/**
 * What a word the coverage never uses weighs in coverage, as a share of the rarest word's weight. Such a
 * word may carry the question or only its tone ("actually", "point"); a verb carries it ("died", "resign"),
 * as does the noun a who-question asks about ("the ambassador"), so they weigh in full and the evidence
 * must say them, at least in other words. Calibrated on the people set's dev split (npm run eval): at 1
 * for every word, half the answerable questions were declined.
 */
const UNKNOWN_WORD_WEIGHT = 0.5;
const UNKNOWN_PREDICATE_WEIGHT = 1;

/** Evidence sentences whose analysis is kept for who-questions (about 2 KB each). */
const MAX_CACHED_ANALYSES = 512;
/** Weight of a long message's context words beside its question's own (which weigh 1). */
const CONTEXT_WEIGHT = 0.3;
const ENTITY_WEIGHT = 2;
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** Compiled intent data and the vocabulary for one knowledge index; rebuilt when the knowledge changes. */
export class QuestionReader {
  /** The intents data's patterns, compiled. */
  readonly #intents: IntentPatterns;
  readonly #frame: Set<string>;
  readonly #synonyms = new Map<string, string[]>();
  /** Chat shorthand ("sec def", "abt") and what it stands for, from the intents data. */
  readonly #chat: ChatShorthand;

  readonly #known: Set<string>;
  readonly #analyses = new Map<string, Analysis>();
  /** Words' Porter stems, as {@link QuestionReader.stem} gives them. */
  readonly #stems = new Map<string, string>();
  /** The indexed lemmas of words no sentence is indexed under, as `withIndexedLemmas` asks for them. */
  readonly #indexedLemmas = new Map<string, readonly string[]>();
  /** What the coverage's words mean beside a question's (nearest words, WordNet's, said in other words). */
  readonly #meanings: CoverageMeanings;
  readonly #spelling: SpellingCorrector;
  /** The patterns that name the coverage's outlets, with their articles. */
  readonly #outlets: readonly OutletName[];
  /** Words that give a reason ("because", "in response", "after"), as one pattern. */
  readonly causal: RegExp;
  /** Words that qualify or contradict a claim, one pattern per kind (negation: "not", "no one"; contrast: "however"). */
  readonly qualifying: readonly RegExp[];
  /** Words of saying, dropped from a quote question's topic. */
  readonly sayingWords: ReadonlySet<string>;
  /** Words that ask for a comparison, dropped from what each side is asked. */
  readonly comparisonWords: ReadonlySet<string>;
  /** Counted things that match any figure ("how many people"). */
  readonly genericCounts: ReadonlySet<string>;
  /** Nouns that count the people of the body the words before them name ("Guard members"). */
  readonly memberNouns: ReadonlySet<string>;
  /** Verbs of saying ("say", "tell", "tweet"), from the intents data. */
  readonly speechVerbs: ReadonlySet<string>;
  /** The names, roles and descriptions of the coverage's entities, as a question writes them. */
  readonly #names: QuestionEntities;
  /** Words that make a person's title ("secretary", "minister"), from the lexicon. */
  readonly #titles: ReadonlySet<string>;
  /** What a question's words are read against, one by one (question-words.ts). */
  readonly #vocabulary: QuestionVocabulary;

  constructor(
    private readonly nlp: Nlp,
    private readonly index: KnowledgeIndex,
    readonly data: EngineData,
  ) {
    this.#intents = new IntentPatterns(data.intents);
    const kindWords = Object.keys(data.intents.whoKinds).flatMap((k) => k.split(' '));
    this.#frame = new Set([...data.intents.frameWords, ...kindWords.filter((w) => !index.vocabulary.has(w))]);
    this.#chat = new ChatShorthand(data.intents.chat);
    this.sayingWords = new Set(data.intents.sayingWords);
    this.comparisonWords = new Set(data.intents.comparisonWords);
    this.genericCounts = new Set(data.intents.genericCounts);
    this.memberNouns = new Set(data.intents.memberNouns ?? []);
    this.speechVerbs = new Set(data.intents.speechVerbs);
    this.#names = new QuestionEntities(
      index,
      data.personHeads ?? new Map(),
      (w) => nlp.stem(w),
      this.speechVerbs,
      data.countryWords ?? {},
      (w) => nlp.isEnglishWord(w),
      data.titleAbbreviations,
      personKindsOf(data.wordnet),
      new Set(data.titles ?? []),
      kinGroupsOf(data.wordnet),
    );
    this.#titles = new Set(data.titles ?? []);
    // The titles someone in the coverage holds, abbreviations in full.
    const held = heldOffices(index.entities.values(), data.titleAbbreviations);
    this.causal = new RegExp(`\\b(${data.intents.causalMarkers.join('|')})\\b`, 'gi');
    this.qualifying = (data.intents.qualifyingMarkers ?? []).map(
      (group) => new RegExp(`\\b(?:${group.join('|')})\\b`, 'i'),
    );
    for (const group of data.synonyms.groups) {
      for (const w of group) {
        const list = this.#synonyms.get(w) ?? [];
        for (const other of group) if (other !== w && !list.includes(other)) list.push(other);
        this.#synonyms.set(w, list);
      }
    }
    this.#known = new Set([...index.vocabulary, ...this.#frame]);
    const vectors = data.vectors;
    this.#meanings = new CoverageMeanings(nlp, index, data);
    const byLength = wordsByLength(this.#known);
    const followers = nameFollowers(index.entities.values());
    // The coverage's own forms of a word written otherwise (accents left off, another form of its stem).
    const forms = new CoverageForms(index, nlp);
    // The English lexicon and the frequent words' ranks, for words the lexicon lacks as written.
    const lexicon = {
      isEnglishWord: (w: string) => nlp.isEnglishWord(w),
      rankOf: (w: string) => vectors?.rank(w) ?? null,
    };
    this.#spelling = new SpellingCorrector(
      this.#known,
      byLength,
      this.#synonyms,
      (w) => nlp.isEnglishWord(w),
      followers,
      (w) => vectors?.rank(w) ?? null,
      data.titles ?? [],
      nameWords(index.entities.values()),
      (w) => index.isOneWordName(w),
    );
    this.#outlets = outletNames(index.sources.values(), (w) => nlp.isEnglishWord(w));
    this.#vocabulary = {
      index,
      data,
      known: this.#known,
      frame: this.#frame,
      synonyms: this.#synonyms,
      meanings: this.#meanings,
      forms,
      held,
      names: this.#names,
      lexicon,
      countsPeople: (lemma) => this.countsPeople(lemma),
    };
  }

  /**
   * Reads one question. `context` (the other sentences of a long message) adds its known words and names to
   * the retrieval terms at a low weight, and its years when the question has none; it adds nothing to what
   * the evidence must cover. `contextSources` are the articles the conversation is on: a name two bodies
   * share that the question does not place is the one they speak of. With `aboutContext` (a message's first
   * question, read with the sentences before it), a question whose own words name nothing ("Do you know who he
   * was?") asks about its context: the evidence must cover the context's words instead. Never throws on any
   * input.
   */
  read(
    raw: string,
    context: string | null = null,
    contextSources: readonly string[] = [],
    aboutContext = false,
  ): Understanding {
    const u = this.#read(raw, contextSources);
    if (context === null) return u;
    const c = this.#read(context);
    const terms = new Map(u.terms);
    for (const [t, w] of c.terms) {
      const known = t.startsWith(ENTITY_TERM) || this.index.vocabulary.has(t);
      if (known && !terms.has(t)) terms.set(t, w * CONTEXT_WEIGHT);
    }
    const bare = aboutContext && u.content.length === 0 && u.entities.length === 0;
    return {
      ...u,
      terms,
      years: u.years.length > 0 ? u.years : c.years,
      ...(bare ? { content: c.content } : {}),
    };
  }

  #read(raw: string, contextSources: readonly string[] = []): Understanding {
    const cleaned = unframe(cleanQuestion(raw));
    const chatFixed = this.#chat.writtenOut(cleaned);
    let analysis = this.nlp.analyse(this.nlp.unshout(chatFixed));
    // "UTEP": a word in capitals that the initials of a name the coverage spells out make is no misspelling.
    const corrections = this.#spelling
      .corrections(analysis)
      .filter((c) => !spelledOutAcronym(c.from, (w) => this.index.acronym(w)));
    if (corrections.length > 0) {
      let text = '';
      let cursor = 0;
      for (const c of corrections) {
        text += analysis.text.slice(cursor, c.start) + c.to;
        cursor = c.end;
      }
      analysis = this.nlp.analyse(text + analysis.text.slice(cursor));
    }
    const text = analysis.text;
    const years = analysis.tokens
      .map((t) => (/^\d{4}$/.test(t.value) ? Number(t.value) : NaN))
      .filter((y) => y >= YEAR_MIN && y <= YEAR_MAX);
    const {
      entities,
      entityTokens,
      groups: entityGroups,
      described: describedPerson,
      unheld,
    } = this.#names.read(analysis, years, contextSources);
    const outletSourceIds = outletsNamed(this.#outlets, text);
    // "Marker dedication when?": a last asking word after a few keywords asks as it does first.
    const intent = this.#intents.intentOf(askingWordFirst(text, analysis.tokens));
    const offices = this.#names.unnamedOffices(analysis, entityTokens, this.#titles, (w) =>
      this.nlp.isEnglishWord(w),
    );
    const { terms, variants, content, unknown, tone, months, predicates, pointed, adverbs, ...words } =
      questionWords(this.#vocabulary, analysis, { years, entityTokens, entities, intent });
    const unknownSubjects: string[] = [...unheld, ...offices, ...words.unknownSubjects];
    // "When did the town close/ADJ the school?": the word after "did" and its subject is the asked act,
    // whatever the tagger makes of it.
    const whAct = whAskedAct(analysis.tokens, entityTokens);
    const whVerb = whAct && !whAct.taggedNoun ? analysis.tokens[whAct.verb] : undefined;
    if (whVerb && whVerb.pos !== 'VERB' && !whVerb.stop && !predicates.includes(whVerb.lemma))
      predicates.push(whVerb.lemma);
    const add = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    for (const id of entities) add(ENTITY_TERM + id, ENTITY_WEIGHT);
    // "The anonymous officer in Anapra": words that say who an article's unnamed speaker is point to them,
    // and the evidence need not repeat them.
    const described = unnamedSpeakerStems(entities, this.index, (w) => this.nlp.stem(w));
    if (content.length === 0)
      for (const w of pointed) {
        add(w, 1);
        content.push(w);
        for (const syn of this.#synonyms.get(w) ?? []) {
          add(syn, SYNONYM_WEIGHT);
          if (!variants.has(syn)) variants.set(syn, w);
        }
      }
    const topical = described.size === 0 ? content : content.filter((l) => !described.has(this.nlp.stem(l)));
    // "What did Pancho Villa say…?": a name asked to have said something that no one the coverage knows
    // answers to is a speaker it does not quote, however often it names him.
    const unquoted = unknownSpeaker(analysis, entityTokens, this.speechVerbs);
    if (unquoted) unknownSubjects.push(unquoted);
    const lower = text.toLowerCase();
    const pronoun = pointingPronoun(analysis.tokens, this.data.intents.followup.pronouns);
    // The first person described by a gendered word the question's entities hold ("the volunteer lady").
    const genderedPerson = describedPerson.find((d) => d.gender && entities.includes(d.id));
    const gendered = genderedPerson?.gender ? { id: genderedPerson.id, gender: genderedPerson.gender } : null;
    return {
      text,
      analysis,
      intent,
      leansOnContext: this.#intents.leansOnContext(lower),
      gendered,
      entities,
      speakerId: this.#names.speaker(analysis, entities, describedPerson),
      years,
      months,
      quoted: quotedWords(text),
      terms: withIndexedLemmas(
        withArticleReach(
          terms,
          content,
          this.#meanings.articleWords((w) => this.synonymsOf(w)),
          variants,
        ),
        (t) => this.index.sentenceBm25.has(t),
        (w, holds) => this.#lemmasHeld(w, holds),
        variants,
      ),
      variants,
      adverbs,
      content: topical,
      unknown,
      tone,
      predicates,
      whAct,
      unknownSubjects,
      entityGroups,
      pronoun,
      whoKinds: this.#intents.whoKinds(lower),
      outletSourceIds,
      offTopic: this.#offTopic(lower, cleaned, content),
      opinion: this.#intents.opinion(lower),
      corrections: corrections.map(({ from, to }) => ({ from, to })),
    };
  }

  /**
   * How coverage compares this question's words with evidence: synonyms from the data, related words by
   * vector, and a verb the coverage never uses weighing in full.
   */
  lens(u: Pick<Understanding, 'predicates' | 'entityGroups' | 'analysis'>): WordLens {
    const wordnet = this.data.wordnet;
    // "broke loose": the words of a two-word verb are said by what WordNet says the two say together ("escaped").
    const twoWordVerbs = phrasalSynonyms(u.analysis.tokens, wordnet);
    // "How many ports was the ship supposed to visit": a verb leading into another by "to" is no act of its own.
    const leading = leadingReading(u.analysis.text, wordnet);
    const asOneVerb = (l: string, evidence: ReadonlySet<string>) =>
      Math.max(0, ...(twoWordVerbs.get(l)?.phrasal ?? []).map((p) => wordNetSaid(wordnet, p, evidence)));
    return {
      synonymsOf: (l) => {
        const own = this.synonymsOf(l);
        const two = twoWordVerbs.get(l);
        return two ? [...own, ...two.synonyms] : own;
      },
      related: (l, evidence) =>
        Math.max(this.#meanings.saidInOtherWords(l, evidence), asOneVerb(l, evidence)),
      saidOtherwise: (l, evidence) =>
        Math.max(
          this.#meanings.saidInOtherWords(l, evidence, (w) => this.#meanings.saysAThing(w)),
          asOneVerb(l, evidence),
        ),
      unknownWeight: (l) => (u.predicates.includes(l) ? UNKNOWN_PREDICATE_WEIGHT : UNKNOWN_WORD_WEIGHT),
      required: (l) =>
        u.predicates.includes(l) &&
        !this.index.vocabulary.has(l) &&
        !phrasal(u, l) &&
        !setsTheScene(u.analysis.tokens, l, leading) &&
        !describesNoOne(u.analysis, l, this.data.wordnet),
      entityGroup: (id) => u.entityGroups.get(id) ?? id,
    };
  }

  /** Tokens, lemmas and parts of speech of a question as written, not remembered (unlike evidence). */
  analyseAsked(text: string): Analysis {
    return this.nlp.analyse(text);
  }

  /**
   * Tokens, lemmas and parts of speech of a sentence of evidence, read by the question pipeline; the last
   * {@link MAX_CACHED_ANALYSES} are kept, since the same few sentences answer many questions.
   */
  analyse(text: string): Analysis {
    const cached = this.#analyses.get(text);
    if (cached) return cached;
    const analysis = this.nlp.analyse(text);
    if (this.#analyses.size >= MAX_CACHED_ANALYSES) {
      const oldest = this.#analyses.keys().next().value;
      if (oldest !== undefined) this.#analyses.delete(oldest);
    }
    this.#analyses.set(text, analysis);
    return analysis;
  }

  /**
   * True when a figure counting `lemma` counts people: a noun for a person or a member ("migrants",
   * "members", "soldiers"), a word the data makes a synonym of one ("troops"), or "people" itself.
   */
  countsPeople(lemma: string): boolean {
    const people = this.data.personHeads ?? new Map();
    return [lemma, ...this.synonymsOf(lemma)].some(
      (w) => people.has(w) || this.memberNouns.has(w) || w === 'people' || w === 'person',
    );
  }

  /** The gender of person `id`, from the articles' pronouns or what they call them (`null`: not known). */
  genderOf(id: string): 'male' | 'female' | null {
    return this.#names.genderOf(id);
  }

  /** The person a who-question's clause describes, tokens `from` to `to` (`null`: none clearly). */
  describedByClause(analysis: Analysis, from: number, to: number): string | null {
    return this.#names.describedByClause(analysis, from, to);
  }

  /**
   * True when the question is off the topic by words the coverage does not use: "who won the soccer game" is
   * off it, "where did the university move the soccer games" is not when an article tells of those games.
   * `content`: the question's content words.
   */
  #offTopic(lower: string, cleaned: string, content: readonly string[]): boolean {
    return this.#intents.offTopicMatches(lower, cleaned).some((words) => {
      // "how do i join the forum": words of no topic of their own are off it whatever the coverage says.
      const topical = words.filter((w) => content.includes(w));
      return topical.length === 0 || topical.some((w) => !this.index.vocabulary.has(w));
    });
  }

  /**
   * wink-nlp's lemmas of `word` that the index holds, remembered per word: the lemmatiser runs for three parts
   * of speech, and the same unindexed words come back in question after question.
   */
  #lemmasHeld(word: string, holds: (lemma: string) => boolean): readonly string[] {
    const known = this.#indexedLemmas.get(word);
    if (known) return known;
    const lemmas = this.nlp.lemmasHeld(word, holds);
    if (this.#indexedLemmas.size >= MAX_REMEMBERED_STEMS) this.#indexedLemmas.clear();
    this.#indexedLemmas.set(word, lemmas);
    return lemmas;
  }

  /** The word's stem, by the question pipeline's stemmer ("detained" and "detention" share one). */
  stem(word: string): string {
    // Kept: a date question stems every word of its 40 best sentences (dated-act.ts), the same words
    // question after question; the Porter stemmer was a fifth of such a question's time.
    const known = this.#stems.get(word);
    if (known !== undefined) return known;
    const stem = this.nlp.stem(word);
    if (this.#stems.size >= MAX_REMEMBERED_STEMS) this.#stems.clear();
    this.#stems.set(word, stem);
    return stem;
  }

  /** True for a word of the English lexicon (not a name of its own). */
  isEnglishWord(word: string): boolean {
    return this.nlp.isEnglishWord(word);
  }

  /**
   * The coverage's words nearest in meaning to `lemma` (word vectors) when the coverage never uses it, as a
   * question's unknown word retrieves them ("households" → "family"); none for a word the coverage uses.
   */
  nearCoverageWords(lemma: string): readonly string[] {
    if (this.#known.has(lemma) || this.synonymsOf(lemma).some((s) => this.index.vocabulary.has(s))) return [];
    return this.#meanings.nearest(lemma).map((n) => n.word);
  }

  /** Synonyms of a lemma, from the data. */
  synonymsOf(lemma: string): readonly string[] {
    return this.#synonyms.get(lemma) ?? [];
  }
}
