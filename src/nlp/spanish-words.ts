/**
 * A general Spanish word list (every form: "mandaron", "detuvieron", "soldados"), read from the pinned
 * `an-array-of-spanish-words` package (MIT, about 636,000 words as one sorted JSON array). It tells a
 * Spanish word the bilingual lexicon lacks from a name: the lexicon (`knowledge/spanish.json`) holds a few
 * thousand words, and a question's word outside it must not be taken for a name the coverage lacks.
 *
 * The list is kept as the package's bytes (about 8 MB, read in milliseconds) and searched as they are: a `Set`
 * of the same words took 73 MB of heap and 650 ms to build, offsets of its words 220 ms (measured 2026-12-01).
 */
import { readFileSync } from 'node:fs';

/** The vowels the list writes without their accent. */
const UNACCENTED: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u' };

export class SpanishWords {
  /** The list's UTF-8 bytes, one character a byte (read as Latin-1: a copy, no decoding). */
  readonly #text: string;
  /** Where the first word starts and the last one ends in {@link #text}. */
  readonly #first: number;
  readonly #last: number;

  /**
   * `json` is the package's `index.json` as bytes: `["aaronica","aaronicas",…]`, sorted by code point, no
   * word holding a comma or a quotation mark. Throws when it is not of that shape.
   */
  constructor(json: Uint8Array) {
    const text = Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('latin1');
    this.#first = text.indexOf('["') + 2;
    this.#last = text.lastIndexOf('"]');
    if (
      this.#first !== 2 + text.search(/\S/) ||
      this.#last < this.#first ||
      /\S/.test(text.slice(this.#last + 2))
    )
      throw new Error('not a JSON array of words');
    this.#text = text;
  }

  /**
   * Whether `word` (lower case) is a Spanish word of the list, with or without its accents (the list writes
   * none but the tilde of "ñ": "despacho" stands for "despachó"): a binary search over the text's characters,
   * each step reading the word around its middle. UTF-8 keeps the code points' order, so the bytes compare as
   * the words do.
   */
  has(written: string): boolean {
    const word = Buffer.from(
      written.replace(/[áéíóúü]/g, (c) => UNACCENTED[c] ?? c),
      'utf8',
    ).toString('latin1');
    const text = this.#text;
    let lo = this.#first;
    let hi = this.#last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const comma = text.lastIndexOf(',', mid);
      const start = comma < this.#first ? this.#first : comma + 2;
      const end = text.indexOf('"', start);
      const here = text.slice(start, end);
      if (here === word) return true;
      if (here < word) lo = end + 1;
      else hi = comma < this.#first ? this.#first : comma;
    }
    return false;
  }
}

/** What answering asks of the word list: whether it has a word. */
export interface SpanishWordList {
  has(word: string): boolean;
}

/** How long after a failed read the list is read again (a transient error must not disable it for good). */
export const SPANISH_WORDS_RETRY_MS = 60_000;

/**
 * The list at `path`, read the first time a word is asked about instead of at start: few questions need it
 * (a Spanish question's word the lexicon lacks), and reading and decoding its 8 MB was about a twentieth of
 * the cold start (110 ms of CPU, measured on the loaded machine). When it cannot be read it has no words, with
 * a warning on stderr, as when the package is missing; it is read again when a word is asked about
 * {@link SPANISH_WORDS_RETRY_MS} or more after the failure (one attempt a minute at most, one warning each), so
 * a passing error (a file-descriptor limit, a disk hiccup) costs the minute, not the process's life.
 */
export function spanishWordsReadOnFirstUse(path: string, now: () => number = Date.now): SpanishWordList {
  let words: SpanishWords | null = null;
  let failedAt = -Infinity;
  return {
    has(word) {
      if (words === null && now() - failedAt >= SPANISH_WORDS_RETRY_MS) {
        try {
          words = new SpanishWords(readFileSync(path));
        } catch (error) {
          process.emitWarning(`Spanish word list not loaded: ${String(error)}`);
          failedAt = now();
        }
      }
      return words?.has(word) ?? false;
    },
  };
}
