/**
 * How the coverage writes words, read from its sentences and vocabulary for the readers of questions: the
 * accented form of a word given without accents ("secretaria" → secretaría), the words it writes only as
 * one-word names ("Naco"), and the names its acronyms stand for ("aclu" → american civil liberties union).
 * Each table is built on its first look-up: most questions need none. Held by the knowledge index
 * (knowledge-index.ts).
 */
import { foldWord } from '../nlp/pipeline.ts';
import type { Sentence } from '../knowledge/schema.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}/u;
const P2 = /[^\p{L}\s'’-]+/u;

/** Three or more capitalised words, allowing "of", "and", "for", "the" between them. */
const CAPITALISED_RUN =
  /\b\p{Lu}[\p{L}-]+(?:\s+(?:(?:of|and|for|the|on|at|de|del|la|las|los|y)\s+)?\p{Lu}[\p{L}-]+){2,}/gu;
/** Function words inside a name, English and Spanish ("Universidad Autónoma de Ciudad Juárez": UACJ). */
const NAME_FUNCTION_WORDS = new Set([
  'of',
  'and',
  'for',
  'the',
  'on',
  'at',
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
]);
/** An acronym with a number after it ("jtf-6", "jtf6"): the letters apart. */
const NUMBERED_ACRONYM = /^(\p{L}{2,})-?\d+$/u;

/** How the coverage writes words; see the module header. */
export class CoverageWriting {
  readonly #vocabulary: ReadonlySet<string>;
  readonly #sentences: readonly Sentence[];
  /** The words of the names the coverage spells out, by their acronym; built on the first look-up. */
  #acronyms: Map<string, string[]> | null = null;
  /** Accented words of the vocabulary by their form without accents; built on the first look-up. */
  #accented: Map<string, string> | null = null;
  /** Words the coverage writes only as one-word names; built on the first look-up. */
  #oneWordNames: Set<string> | undefined;

  /** `vocabulary` and `sentences` are the index's, read on the first look-up of each table. */
  constructor(vocabulary: ReadonlySet<string>, sentences: readonly Sentence[]) {
    this.#vocabulary = vocabulary;
    this.#sentences = sentences;
  }

  /**
   * How the coverage writes a word given without accents ("secretaria" → secretaría), or `undefined` when
   * it does not use the word. The table of accented words is built on the first look-up.
   */
  spelling(folded: string): string | undefined {
    if (this.#vocabulary.has(folded)) return folded;
    if (!this.#accented) {
      this.#accented = new Map();
      for (const w of this.#vocabulary)
        if (/[^\x00-\x7f]/.test(w)) this.#accented.set(w.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), w);
    }
    return this.#accented.get(folded);
  }

  /**
   * True when the coverage writes `folded` (lower case, no accents) only as a one-word name: capitalised
   * inside its sentences with no capitalised word beside it ("Naco", "Marfa"), never in lower case. A
   * Spanish question written in lower case may name such a place ("las bombas en naco"), which must not be
   * read as a form of a Spanish word ("nacer"). "Paso" (of "El Paso") is no one-word name. Built on the
   * first look-up.
   */
  isOneWordName(folded: string): boolean {
    if (!this.#oneWordNames) {
      const names = new Set<string>();
      const lower = new Set<string>();
      const capital = (w: string | undefined) => w !== undefined && P1.test(w);
      for (const s of this.#sentences) {
        // Words a space joins, each run split at marks: "at Naco, Ariz." holds "Naco" alone.
        s.text.split(P2).forEach((run, r) => {
          const words = run.split(/\s+/).filter((w) => w !== '');
          words.forEach((w, i) => {
            if (!capital(w)) lower.add(foldWord(w));
            else if ((r > 0 || i > 0) && !capital(words[i - 1]) && !capital(words[i + 1]))
              names.add(foldWord(w));
          });
        });
      }
      for (const w of lower) names.delete(w);
      this.#oneWordNames = names;
    }
    return this.#oneWordNames.has(folded);
  }

  /**
   * The words of a name the coverage spells out, for its acronym in lower case ("aclu" → american civil
   * liberties union), from runs of capitalised words in its sentences (function words skipped, every leading
   * run of three or more words). The table is built on the first look-up: most questions need none.
   */
  acronym(word: string): string[] | undefined {
    if (!this.#acronyms) {
      const table = new Map<string, string[]>();
      for (const sentence of this.#sentences) {
        for (const run of sentence.text.matchAll(CAPITALISED_RUN)) {
          const words = run[0].split(/\s+/).filter((w) => !NAME_FUNCTION_WORDS.has(w.toLowerCase()));
          for (let n = 3; n <= Math.min(words.length, MAX_ACRONYM_LETTERS); n++) {
            const name = words.slice(0, n);
            const acronym = name.map((w) => w[0]?.toLowerCase() ?? '').join('');
            if (!table.has(acronym))
              table.set(
                acronym,
                name.map((w) => w.toLowerCase()),
              );
          }
        }
      }
      this.#acronyms = table;
    }
    // "JTF-6" for "Joint Task Force Six": the letters name the body, the number which one of its kind.
    const numbered = NUMBERED_ACRONYM.exec(word)?.[1];
    return this.#acronyms.get(word) ?? (numbered ? this.#acronyms.get(numbered) : undefined);
  }
}

/**
 * The longest acronym looked up, in letters: a run of capitalised words longer than this ("National Guard" said
 * over and over in one sentence) spells out no acronym past its first words, and reading every leading run of it
 * would take time growing with the square of its length.
 */
const MAX_ACRONYM_LETTERS = 12;

/** A word written in capitals, two letters or more ("UTEP"). */
const IN_CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * True when `word` is written in capitals and `acronym` (the coverage's {@link CoverageWriting.acronym})
 * finds a name it stands for: the initials of a name, not a misspelling to correct ("UTEP" is not "step").
 */
export function spelledOutAcronym(
  word: string,
  acronym: (w: string) => readonly string[] | undefined,
): boolean {
  return IN_CAPITALS.test(word) && acronym(word.toLowerCase()) !== undefined;
}
