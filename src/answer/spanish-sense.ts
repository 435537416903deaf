/**
 * Word sense, for the Spanish reader (`spanish.ts`): which of the lexicon's English renderings of a word
 * ("car|vehicle") the coverage uses for what is asked, and whether a name the English coverage keeps in
 * Spanish ("Guardia Nacional", "Secretaría") is kept so. Both read the rough English of the message being
 * translated (set by {@link SenseChooser.read}) and how often a coverage sentence holds a word with the
 * message's other words.
 */
import { foldWord } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}]+/u;
const P2 = /^\p{L}/u;

/**
 * How many of `context`'s words the coverage sentence that holds `word` with most of them holds: 0 when no
 * sentence holds `word`.
 */
export type Together = (word: string, context: readonly string[]) => number;

/** Chooses a word's sense given the message being translated; one per reader, read again for each message. */
export class SenseChooser {
  readonly #markers: ReadonlySet<string>;
  readonly #words: ReadonlyMap<string, string>;
  readonly #isEnglishWord: (word: string) => boolean;
  readonly #together: Together;
  readonly #spelling: (folded: string) => string | undefined;
  /**
   * The rough English of the message being translated, and its words as the coverage spells them, for
   * choosing a word's sense (see {@link chosen}) and a name kept in Spanish (see {@link verbatim}).
   */
  #context: readonly string[] = [];

  /**
   * `markers` and `words` are the reader's (folded) function words and lexicon; `isEnglishWord`, `together`
   * and `spelling` are as the reader is given them (see `SpanishReader`).
   */
  constructor(
    markers: ReadonlySet<string>,
    words: ReadonlyMap<string, string>,
    isEnglishWord: (word: string) => boolean,
    together: Together,
    spelling: (folded: string) => string | undefined,
  ) {
    this.#markers = markers;
    this.#words = words;
    this.#isEnglishWord = isEnglishWord;
    this.#together = together;
    this.#spelling = spelling;
  }

  /**
   * {@link Together} for an English word, as written or, for a plural ("members"), as the lemma the coverage
   * is indexed by.
   */
  #company(word: string, context: readonly string[]): number {
    const held = this.#together(word, context);
    return held > 0 || !/[^s]s$/.test(word) ? held : this.#together(word.slice(0, -1), context);
  }

  /**
   * The Spanish words `run` (folded) as the coverage writes them, in place of their English `english`, when
   * the English coverage keeps them in Spanish — a name such as "Guardia Nacional" or "Secretaría" — and a
   * coverage sentence holds them with more of the message's other words than any holds the English with
   * ("bajo qué secretaría quedó la guardia nacional": the Secretaría the Guardia Nacional was placed under;
   * "la guardia nacional en 2018" stays the US National Guard). Else `english`.
   */
  verbatim(run: readonly string[], english: string): string {
    const content = run.filter((w) => w.length >= 4 && !this.#markers.has(w));
    const own = english
      .toLowerCase()
      .split(P1)
      .filter((w) => w.length >= 3 && !run.includes(w));
    if (!content.some((w) => w.length >= 5) || own.length === 0) return english;
    const spelt = run.map((w) => this.#spelling(w));
    if (spelt.some((w) => w === undefined)) return english;
    const mine = new Set([...own, ...spelt.map((w) => w ?? '')]);
    const context = this.#context.filter((w) => !mine.has(w));
    const score = (words: readonly string[]) => Math.min(...words.map((w) => this.#company(w, context)));
    const kept = spelt.filter((w, i) => content.includes(run[i] ?? '') && w !== undefined) as string[];
    if (score(kept) <= score(own)) return english;
    return spelt
      .map((w = '', i) => (content.includes(run[i] ?? '') ? (w[0]?.toUpperCase() ?? '') + w.slice(1) : w))
      .join(' ');
  }

  /**
   * One of the lexicon's English renderings, written "car|vehicle": of those whose words the coverage uses,
   * the one a coverage sentence holds with most of the message's other words ("llevar las pláticas": lead,
   * not take, beside "talks"), the first on a tie; else the first. A word with several senses is read in the
   * one the articles use for what is asked.
   */
  chosen(english: string): string {
    if (!english.includes('|')) return english;
    const options = english.split('|').map((o) => o.split(' '));
    // Only the words that tell the renderings apart count: "is afraid of|is scared of" is afraid or scared.
    const shared = (w: string) => options.every((o) => o.includes(w));
    const own = (o: readonly string[]) => o.filter((w) => !shared(w)).map((w) => w.toLowerCase());
    const used = options.filter((o) => own(o).every((w) => this.#isEnglishWord(w)));
    const senses = used.filter((o) => own(o).length === 1);
    if (senses.length > 1 && senses.length === used.length) {
      const mine = new Set(options.flatMap(own));
      const context = this.#context.filter((w) => !mine.has(w));
      const score = (o: readonly string[]) => this.#company(own(o)[0] ?? '', context);
      const best = senses.reduce((a, b) => (score(b) > score(a) ? b : a));
      return best.join(' ');
    }
    return (used[0] ?? options[0] ?? []).join(' ');
  }

  /**
   * Takes the message's words in rough English (the lexicon's first rendering, or as written) as the context
   * of the choices that follow, until the next message is read.
   */
  read(tokens: readonly string[]): void {
    const words = tokens.filter((t) => P2.test(t)).map(foldWord);
    const spelt = words
      .filter((w) => w.length >= 4 && !this.#markers.has(w))
      .map((w) => this.#spelling(w))
      .filter((w) => w !== undefined);
    this.#context = [
      ...words.flatMap((w) => (this.#words.get(w) ?? w).split('|')[0]?.split(' ') ?? []),
      ...spelt,
    ]
      .map((w) => w.toLowerCase())
      .filter((w, i, all) => w.length >= 4 && all.indexOf(w) === i);
  }
}
