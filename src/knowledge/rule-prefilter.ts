/**
 * One test that says whether any of a set of boilerplate rules could match a line, answering exactly as the
 * rules joined into one case-insensitive pattern would, only faster.
 *
 * The joined pattern needs Unicode mode as soon as one rule does (a "©"), and Unicode case-insensitive
 * matching is many times slower than plain case-insensitive matching. A rule written in ASCII matches the
 * same lines in both modes unless the line holds a character the two modes read differently: a surrogate
 * (one character in Unicode mode, two otherwise), "ſ" or the Kelvin sign (which Unicode case folding turns
 * into "s" and "k"). So the ASCII rules are tested without Unicode mode on every other line.
 */

/** Characters on which a pattern written in ASCII may match differently with and without Unicode mode. */
const READ_DIFFERENTLY = /[\ud800-\udfff\u017f\u212a]/;
/** A back-reference: its number would change when the rules are joined in other groups. */
const BACK_REFERENCE = /\\[1-9]|\\k</;

/** Case-insensitive; Unicode mode only when a pattern needs it (it makes every test slower). */
export function flagsFor(pattern: string): string {
  return /\\[pPu]|[^\x00-\x7f]/.test(pattern) ? 'iu' : 'i';
}

function joined(sources: readonly string[], flags: string): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|') || '(?!)', flags);
}

/**
 * True when any of `sources` matches `text`, as `new RegExp(sources joined by "|", flagsFor(joined))` would
 * say; built once per rule set.
 */
export class RulePrefilter {
  /** The rules that need Unicode mode, or all of them when the split could change an answer. */
  readonly #unicode: RegExp;
  /** The ASCII rules, in the joined pattern's mode, for lines read differently without Unicode mode. */
  readonly #asciiExact: RegExp | null = null;
  /** The same ASCII rules without Unicode mode. */
  readonly #asciiFast: RegExp | null = null;

  constructor(sources: readonly string[]) {
    const all = sources.map((s) => `(?:${s})`).join('|') || '(?!)';
    const flags = flagsFor(all);
    const ascii = sources.filter((s) => flagsFor(s) === 'i');
    if (flags === 'i' || ascii.length === 0 || sources.some((s) => BACK_REFERENCE.test(s))) {
      this.#unicode = new RegExp(all, flags);
      return;
    }
    this.#unicode = joined(
      sources.filter((s) => flagsFor(s) !== 'i'),
      flags,
    );
    this.#asciiExact = joined(ascii, flags);
    this.#asciiFast = joined(ascii, 'i');
  }

  test(text: string): boolean {
    if (this.#asciiFast !== null && this.#asciiExact !== null) {
      const ascii = READ_DIFFERENTLY.test(text) ? this.#asciiExact : this.#asciiFast;
      if (ascii.test(text)) return true;
    }
    return this.#unicode.test(text);
  }
}
