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
/**
 * Two or more capitalised words, allowing Spanish articles and "de" between them ("Las Vacas", "Piedras Negras",
 * "Carlos de la Garza"): the names of places and people the coverage writes in Spanish.
 */
const SPANISH_NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|de la|de las|de los)\s+)?\p{Lu}[\p{L}'’-]*)+/gu;
/** The longest name of {@link SPANISH_NAME_RUN} kept, in words. */
const MAX_NAME_WORDS = 6;

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
  /** Names of several words the coverage writes, folded; built on the first look-up. */
  #names: Set<string> | null = null;
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
   * True when the coverage writes `words` (folded, two or more) as a name, each word but an article or "de"
   * capitalised ("las vacas": Las Vacas, "carlos de la garza"): every run of a capitalised run of its sentences
   * that starts and ends on a capitalised word is such a name ("Carlos de la Garza" in "When Carlos de la
   * Garza…"). The table is built on the first look-up.
   */
  writesName(words: readonly string[]): boolean {
    if (!this.#names) {
      const names = new Set<string>();
      for (const sentence of this.#sentences)
        for (const run of sentence.text.matchAll(SPANISH_NAME_RUN)) {
          const folded = run[0].split(/\s+/).map(foldWord);
          const capital = run[0].split(/\s+/).map((w) => P1.test(w));
          for (let i = 0; i < folded.length; i++)
            for (let j = i + 2; j <= Math.min(folded.length, i + MAX_NAME_WORDS); j++)
              if (capital[i] === true && capital[j - 1] === true) names.add(folded.slice(i, j).join(' '));
        }
      this.#names = names;
    }
    return words.length >= 2 && this.#names.has(words.join(' '));
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
          for (let n = 3; n <= words.length; n++) {
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
