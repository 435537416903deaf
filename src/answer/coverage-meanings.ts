/**
 * What the coverage's words mean beside a question's, for a reader of one knowledge (understand.ts): the
 * coverage's words nearest in meaning to one it never uses (word vectors), those WordNet makes other words for
 * it, how far evidence says a word in other words (WordNet or word vectors), and whether a word read on its
 * own names a thing, an act or a quality. Read from the knowledge's vocabulary and the engine's word vectors
 * and WordNet; what is found is remembered, bounded, since the same words come back question after question.
 */
import type { Nlp } from '../nlp/pipeline.ts';
import type { ArticleVocabulary, ArticleWords } from './article-reach.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { formedFrom, wordNetSaid } from './said-in-other-words.ts';
import type { EngineData } from './understanding.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P_WORD = /^\p{L}+$/u;
/** Expansions remembered per reader (one per knowledge) before the memory starts again. */
const MAX_REMEMBERED_EXPANSIONS = 10_000;
/** Parts of speech of words read on their own, remembered per reader before the memory starts again. */
const MAX_REMEMBERED_WORD_KINDS = 20_000;
/** Parts of speech of a word that names a thing, an act or a quality. */
const THING_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
/** Word-vector similarity below which two words say different things, and from which they say the same. */
const RELATED_FLOOR = 0.45;
const RELATED_FULL = 0.75;
/** A word the coverage never uses retrieves the coverage's words at least this similar, this many of them. */
const EXPAND_MIN_SIMILARITY = 0.55;
const EXPAND_WORDS = 2;
/** Articles whose vocabulary is remembered per reader before the memory starts again. */
const MAX_REMEMBERED_ARTICLES = 2_000;

/** An article's words WordNet links to a question's word, by the link. */
interface ReachedWords {
  acts: string[];
  derived: string[];
  kinds: string[];
}
const NONE_REACHED: ReachedWords = { acts: [], derived: [], kinds: [] };

/** The meanings of one knowledge's words, for the reader of that knowledge. */
export class CoverageMeanings {
  /** The coverage's words that have a vector, for expanding a word it never uses. */
  readonly #vectorVocabulary: string[];
  /** The nearest coverage words of words the coverage never uses, as found. */
  readonly #expansions = new Map<string, Array<{ word: string; similarity: number }>>();
  /** Whether a word read on its own names a thing, an act or a quality ({@link saysAThing}), as found. */
  readonly #wordKinds = new Map<string, boolean>();
  /** The article's words WordNet links to a question's word, by article and word, as found (article-reach.ts). */
  readonly #reached = new Map<string, ReachedWords>();
  /** Each article's vocabulary, by source position, as read. */
  readonly #articles = new Map<number, ArticleVocabulary>();
  /** The first sentence of each article, by source position (its sentences follow one another); built on first use. */
  #articleFirst: Int32Array | null = null;

  constructor(
    private readonly nlp: Nlp,
    private readonly index: KnowledgeIndex,
    private readonly data: EngineData,
  ) {
    const vectors = data.vectors;
    this.#vectorVocabulary = vectors
      ? [...index.vocabulary].filter((w) => w.length >= 3 && P_WORD.test(w) && vectors.has(w)).sort()
      : [];
  }

  /**
   * How far (0–1) the evidence's words say `lemma` in other words: WordNet's credit, or the best word vector's
   * similarity between {@link RELATED_FLOOR} (0) and {@link RELATED_FULL} (1), among the evidence's words
   * `counts` keeps, whichever is higher. A word WordNet names the opposite of gives no vector credit: vectors
   * measure relatedness, and opposites are related ("elderly" and "youngest", "arrive" and "leave").
   */
  saidInOtherWords(lemma: string, evidence: ReadonlySet<string>, counts?: (word: string) => boolean): number {
    const wordnet = this.data.wordnet;
    const said = wordNetSaid(wordnet, lemma, evidence);
    const vectors = this.data.vectors;
    if (!vectors || said === 1) return said;
    const accepted = (word: string) => (counts?.(word) ?? true) && !(wordnet?.opposite(lemma, word) ?? false);
    const { similarity } = vectors.bestSimilarity(lemma, evidence, accepted);
    return Math.max(
      said,
      Math.min(1, Math.max(0, (similarity - RELATED_FLOOR) / (RELATED_FULL - RELATED_FLOOR))),
    );
  }

  /** True for a word that names a thing, an act or a quality (a noun, verb or adjective, read on its own). */
  saysAThing(word: string): boolean {
    const known = this.#wordKinds.get(word);
    if (known !== undefined) return known;
    const pos = this.nlp.analyse(word).tokens[0]?.pos ?? '';
    const says = THING_POS.has(pos);
    if (this.#wordKinds.size >= MAX_REMEMBERED_WORD_KINDS) this.#wordKinds.clear();
    this.#wordKinds.set(word, says);
    return says;
  }

  /** The coverage's words nearest in meaning to one it never uses. */
  nearest(lemma: string): Array<{ word: string; similarity: number }> {
    const vectors = this.data.vectors;
    if (!vectors) return [];
    // A scan of the whole vocabulary per word: remembered, since the same words come back question after question.
    const known = this.#expansions.get(lemma);
    if (known) return known;
    const found = vectors.nearest(lemma, this.#vectorVocabulary, EXPAND_WORDS, EXPAND_MIN_SIMILARITY);
    if (this.#expansions.size >= MAX_REMEMBERED_EXPANSIONS) this.#expansions.clear();
    this.#expansions.set(lemma, found);
    return found;
  }

  /**
   * How a question's words reach the words of the article that matches it best (`article-reach.ts`): the
   * articles' index, an article's vocabulary and WordNet.
   */
  articleWords(dataSynonymsOf: (word: string) => readonly string[]): ArticleWords {
    return {
      sourceBm25: this.index.sourceBm25,
      wordsOf: (position) => this.#vocabularyOf(position),
      synonymsOf: (word) => this.data.wordnet?.synonymsOf(word) ?? [],
      dataSynonymsOf,
      actsIn: (word, position) => this.#reachedIn(word, position).acts,
      derivedIn: (word, position) => this.#reachedIn(word, position).derived,
      kindsIn: (word, position) => this.#reachedIn(word, position).kinds,
    };
  }

  /**
   * The article's words WordNet links to `word`: acts (entailed, caused, a way of doing), its direct kinds,
   * and words formed from it.
   */
  #reachedIn(word: string, position: number): ReachedWords {
    const wordnet = this.data.wordnet;
    if (!wordnet) return NONE_REACHED;
    const key = `${position} ${word}`;
    const known = this.#reached.get(key);
    if (known) return known;
    const found: ReachedWords = { acts: [], derived: [], kinds: [] };
    for (const w of this.#vocabularyOf(position).words) {
      const r = wordnet.relation(word, w);
      if (r === 'entailed' || r === 'way') found.acts.push(w);
      // A kind of the asked thing says it ("the Ranger" is a lawman); what it is a kind of says less.
      else if (r === 'kind' && wordnet.someNounSenseIsKindOf(w, 1, word)) found.kinds.push(w);
      else if (r !== 'same' && formedFrom(wordnet, word, w)) found.derived.push(w);
    }
    if (this.#reached.size >= MAX_REMEMBERED_EXPANSIONS) this.#reached.clear();
    this.#reached.set(key, found);
    return found;
  }

  #vocabularyOf(position: number): ArticleVocabulary {
    const known = this.#articles.get(position);
    if (known) return known;
    const sentences = this.index.sentences;
    const sources = this.index.sentenceSource;
    let first = this.#articleFirst;
    if (!first) {
      first = new Int32Array(this.index.sourceOrder.length).fill(-1);
      for (let i = sentences.length - 1; i >= 0; i--) first[sources[i] ?? 0] = i;
      this.#articleFirst = first;
    }
    const lemmas = new Set<string>();
    for (let i = first[position] ?? -1; i >= 0 && i < sentences.length && sources[i] === position; i++)
      for (const l of sentences[i]?.lemmas ?? []) lemmas.add(l);
    const vectors = this.data.vectors;
    const words = [...lemmas].filter((w) => w.length >= 3 && P_WORD.test(w) && (vectors?.has(w) ?? false));
    const vocabulary = { has: (lemma: string) => lemmas.has(lemma), words };
    if (this.#articles.size >= MAX_REMEMBERED_ARTICLES) this.#articles.clear();
    this.#articles.set(position, vocabulary);
    return vocabulary;
  }

  /**
   * The coverage's words that WordNet makes other words for `lemma` (a first sense of both), as a data
   * synonym would be: "leathernecks" → "marine", which no word vector links.
   */
  coverageSynonyms(lemma: string): string[] {
    return (this.data.wordnet?.synonymsOf(lemma) ?? []).filter((w) => this.index.vocabulary.has(w));
  }
}
