/**
 * The coverage's own form of a word a question writes otherwise: without its accents ("juarez" → "juárez")
 * or in another form of the same stem ("arresting" → "arrest", the form the coverage uses most). Both tables
 * are built from the knowledge's vocabulary on first use, once per knowledge.
 */
import { withoutAccents, type Nlp } from '../nlp/pipeline.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{L}+$/u;

/** Shorter words are not matched by stem: their stems say too little ("us", "bus"). */
const MIN_STEMMED_LENGTH = 4;

export class CoverageForms {
  #stems: Map<string, string> | null = null;
  #folded: Map<string, string> | null = null;

  constructor(
    private readonly index: KnowledgeIndex,
    private readonly nlp: Nlp,
  ) {}

  /** The coverage's word written with accents that `word` leaves off, if any. */
  unaccented(word: string): string | null {
    if (this.#folded === null) {
      this.#folded = new Map();
      for (const w of this.index.vocabulary) {
        const plain = withoutAccents(w);
        if (plain !== w && !this.#folded.has(plain)) this.#folded.set(plain, w);
      }
    }
    return this.#folded.get(withoutAccents(word)) ?? null;
  }

  /** The coverage's most used word with the same stem as `word`, if any. */
  sameStem(word: string): string | null {
    if (word.length < MIN_STEMMED_LENGTH) return null;
    if (this.#stems === null) {
      const stems = new Map<string, { word: string; df: number }>();
      for (const w of this.index.vocabulary) {
        if (w.length < MIN_STEMMED_LENGTH || !P1.test(w)) continue;
        const idf = this.index.sentenceBm25.idf(w);
        const df = idf === 0 ? 0 : 1 / idf;
        const key = this.nlp.stem(w);
        const seen = stems.get(key);
        if (!seen || df > seen.df) stems.set(key, { word: w, df });
      }
      this.#stems = new Map([...stems].map(([k, v]) => [k, v.word]));
    }
    return this.#stems.get(this.nlp.stem(word)) ?? this.#otherNumber(word);
  }

  /**
   * The coverage's "-men" word for a question's "-man" one, or the reverse ("Frenchman" where an article says
   * "Frenchmen", "lineman" for "linemen"): a plural no stemmer joins to its singular.
   */
  #otherNumber(word: string): string | null {
    const other = /man$/.test(word)
      ? `${word.slice(0, -3)}men`
      : /men$/.test(word)
        ? `${word.slice(0, -3)}man`
        : null;
    return other !== null && this.index.vocabulary.has(other) ? other : null;
  }
}
