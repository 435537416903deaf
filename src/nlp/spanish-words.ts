/**
 * A general Spanish word list (every form: "mandaron", "detuvieron", "soldados"), read from the pinned
 * `an-array-of-spanish-words` package (MIT, about 636,000 words as one sorted JSON array). It tells a
 * Spanish word the bilingual lexicon lacks from a name: the lexicon (`knowledge/spanish.json`) holds a few
 * thousand words, and a question's word outside it must not be taken for a name the coverage lacks.
 *
 * The list is kept as the package's text (about 8 MB, read in milliseconds) and searched as it is: a `Set` of
 * the same words took 73 MB of heap and 650 ms to build, offsets of its words 220 ms (measured 2026-12-01).
 */

/** The vowels the list writes without their accent. */
const UNACCENTED: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u' };

export class SpanishWords {
  readonly #text: string;

  /**
   * `json` is the package's `index.json`: `["aaronica","aaronicas",…]`, sorted by UTF-16 code units, no word
   * holding a comma or a quotation mark. Throws when it is not of that shape.
   */
  constructor(json: string) {
    const text = json.trim();
    if (!text.startsWith('["') || !text.endsWith('"]')) throw new Error('not a JSON array of words');
    this.#text = text;
  }

  /**
   * Whether `word` (lower case) is a Spanish word of the list, with or without its accents (the list writes
   * none but the tilde of "ñ": "despacho" stands for "despachó"): a binary search over the text's characters,
   * each step reading the word around its middle.
   */
  has(written: string): boolean {
    const word = written.replace(/[áéíóúü]/g, (c) => UNACCENTED[c] ?? c);
    const text = this.#text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const comma = text.lastIndexOf(',', mid);
      const start = comma < 0 ? 2 : comma + 2;
      const end = text.indexOf('"', start);
      const here = text.slice(start, end);
      if (here === word) return true;
      if (here < word) lo = end + 1;
      else hi = comma < 0 ? 0 : comma;
    }
    return false;
  }
}
