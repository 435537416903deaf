/**
 * The entity aliases and role phrases of the entity data, found in a document's tokens: what wink-nlp's
 * `learnCustomEntities` and its `cer` pipe find, without the cost of that pipe. wink's pipe runs its pattern
 * machine over every token through a function that looks each token's words up again in wink's lexicon;
 * here the pipeline's own tokens (their words already read, once per word of the lexicon) are each given the
 * one symbol the machine reads, and the same machine runs over those symbols.
 *
 * Same spans, names and order as wink-nlp 2.4's `cer` pipe with its default configuration (which is the
 * pipeline's), whose behaviour this follows step by step (src/automaton.js `learn` and `recognize`,
 * src/examples-compiler.js, the model's cer-transformers.js):
 * - a pattern is its tokens' normal forms (lower case), tokenised by wink itself;
 * - a token reads as its own text when a pattern has that word, else as its normal form when a pattern has
 *   that, else as its part of speech; a run of tokens wink reads as one entity (a DATE, a CARDINAL…) reads as
 *   that entity's type;
 * - the machine is greedy from left to right, the longest patterns learnt first, a shorter pattern met on
 *   the way kept as the match to fall back to, with wink's own quirks of where it starts again.
 * Patterns written in wink's pattern language (`[a|b]`, part-of-speech names such as `NOUN`, the escape `^`)
 * are not handled here: {@link CustomEntityMatcher.learn} returns null for them and wink's pipe is used.
 */

export interface EntityExamples {
  name: string;
  patterns: readonly string[];
}

/** A token of a pattern as wink tokenises it: its text and its normal form. */
export interface PatternToken {
  value: string;
  normal: string;
}

/** A custom entity found: tokens `[start, end]` (both included, as wink gives them) and its name. */
export type CustomMatch = [start: number, end: number, name: string];

/** wink's test for an "or" pattern among a pattern's words (src/examples-compiler.js). */
const OR_PATTERN = /^\[((?:[^| ]+\|)+?|(?:\|[^| ]+)+?|(?:[^| ]+\|[^| ]+)+?|(?:[^| ]+))\]$/;
/** What wink's custom-entity machine reads at the end of the text. */
const END = '$%^EoS^%$';
/**
 * The end of the text and wink's key for "any other symbol": a pattern word spelling either would be read as
 * that key by wink, so such patterns are left to wink.
 */
const WINK_RESERVED_WORDS = new Set([END, ' otherwise']);
const ROOT = 0;
/** The entity name wink finds and drops. */
const IGNORED_NAME = '0';

export class CustomEntityMatcher {
  /** Per state, the state each symbol leads to. */
  readonly #next: Array<Map<string, number> | undefined> = [];
  /** Per state, where the machine falls back to on any other symbol (0: nowhere). */
  readonly #otherwise: number[] = [];
  /** Per terminal state, the entity's name. */
  readonly #terminal: Array<string | undefined> = [];
  /** Every word of every pattern (normal forms). */
  readonly #words = new Set<string>();
  #lastState = 0;

  private constructor() {}

  /**
   * The matcher of the examples, each pattern tokenised by `tokenise` (wink's own tokeniser); null when a
   * pattern uses wink's pattern language (see the module comment), is empty, or when `metaWords` (the
   * words wink's pattern compiler reads as part-of-speech or entity names, and its escape) has a word of it.
   */
  static learn(
    examples: readonly EntityExamples[],
    tokenise: (text: string) => PatternToken[],
    metaWords: ReadonlySet<string>,
  ): CustomEntityMatcher | null {
    const matcher = new CustomEntityMatcher();
    const compiled: Array<{ name: string; pattern: string[] }> = [];
    for (const example of examples) {
      for (const text of example.patterns) {
        if (
          text
            .trim()
            .split(/\s+/)
            .some((atom) => OR_PATTERN.test(atom))
        )
          return null;
        const tokens = tokenise(text);
        if (tokens.length === 0) return null;
        const pattern: string[] = [];
        for (const { value, normal } of tokens) {
          if (metaWords.has(value) || metaWords.has(normal) || WINK_RESERVED_WORDS.has(normal)) return null;
          pattern.push(normal);
          matcher.#words.add(normal);
        }
        compiled.push({ name: example.name, pattern });
      }
    }
    // Longest first; equal lengths keep their order (wink's sort, like this one, is stable).
    compiled.sort((a, b) => b.pattern.length - a.pattern.length);
    for (const { name, pattern } of compiled) matcher.#learnOne(name, pattern);
    return matcher;
  }

  /**
   * The symbol a pattern word gives a token of text `value` and normal form `normal`, or null when no pattern
   * has either (the token then reads as its part of speech).
   */
  literal(value: string, normal: string): string | null {
    if (this.#words.has(value)) return value;
    return this.#words.has(normal) ? normal : null;
  }

  /** wink's `learnSinglePattern` (no marks, no custom properties). */
  #learnOne(name: string, pattern: readonly string[]): void {
    const last = pattern.length - 1;
    let state = ROOT;
    let goBackTo = ROOT;
    for (let k = 0; k <= last; k++) {
      const ev = pattern[k] as string;
      let moves = this.#next[state];
      if (moves === undefined) {
        moves = new Map();
        this.#next[state] = moves;
        this.#otherwise[state] = goBackTo;
      }
      const to = moves.get(ev);
      if (to === undefined) {
        state = this.#newState();
        moves.set(ev, state);
      } else if (this.#terminal[to] !== undefined) {
        if (this.#otherwise[state] === ROOT) this.#otherwise[state] = goBackTo;
        goBackTo = to;
        state = this.#newState();
        moves.set(ev, state);
      } else if (k === last) {
        state = this.#newState();
        this.#otherwise[to] = state;
      } else {
        state = to;
      }
    }
    this.#terminal[state] = name;
  }

  #newState(): number {
    this.#lastState += 1;
    return this.#lastState;
  }

  /**
   * The entities in a document: `symbols` gives each token's symbol ({@link literal}, else its part of
   * speech); `swaps` the runs wink read as one entity, by first token:
   * `[last token, type]`. wink's `recognize`, step for step. One pass, each token read at most once per
   * start tried, and a start is never tried again after a match, so bounded by tokens × longest pattern.
   */
  find(symbols: readonly string[], swaps: ReadonlyMap<number, [number, string]>): CustomMatch[] {
    const length = symbols.length;
    const next = this.#next;
    const otherwise = this.#otherwise;
    const terminal = this.#terminal;
    const found: CustomMatch[] = [];
    let first = 0;
    let state = ROOT;
    let ns = ROOT;
    let lastOtherwiseIndex = 0;
    let lastOtherwiseState = ROOT;
    let delta = 1;
    for (let i = 0; i <= length; i += 1) {
      for (let j = i; j <= length; j += delta) {
        let t: string;
        if (j === length) {
          t = END;
          delta = 1;
        } else {
          const swap = swaps.get(j);
          if (swap !== undefined) {
            t = swap[1];
            delta = swap[0] - j + 1;
          } else {
            t = symbols[j] as string;
            delta = 1;
          }
        }
        ns = next[state]?.get(t) ?? ROOT;
        if (state === ROOT && ns !== ROOT) first = j;
        const name = terminal[ns];
        if (name !== undefined) {
          if (name !== IGNORED_NAME) found.push([first, j + delta - 1, name]);
          i = j;
          j = length + 100;
          ns = ROOT;
          lastOtherwiseState = ROOT;
        } else if (ns === ROOT) {
          if (lastOtherwiseState !== ROOT) {
            const fallback = terminal[lastOtherwiseState];
            if (fallback !== undefined && fallback !== IGNORED_NAME)
              found.push([first, lastOtherwiseIndex, fallback]);
            i = lastOtherwiseIndex;
            j = length + 100;
            lastOtherwiseState = ROOT;
          } else {
            j = length + 100;
          }
        }
        state = ns;
        const back = otherwise[state] ?? ROOT;
        if (back !== ROOT) {
          lastOtherwiseIndex = j + delta - 1;
          lastOtherwiseState = back;
        }
      }
    }
    return found;
  }
}
