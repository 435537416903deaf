/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const P2 = /^['‘]\p{L}/u;
const P3 = /\p{L}['’]$/u;
/**
 * Quoted English inside a Spanish question ('quién dijo "nobody saw a sign"', "quién escribió 'tell them we
 * were here'"), for the Spanish reader (`spanish.ts`): the coverage quotes it as written, so it is kept as
 * written, one token, instead of read word by word as Spanish.
 */

/** Marks that open and close a quotation written as tokens of their own. */
const DOUBLE_QUOTES = /^["“”«»]+$/u;
/** Fewest words a quotation must have to be kept whole: a single quoted word ("'militar'") is still read. */
const MIN_QUOTED_WORDS = 2;

/**
 * The tokens with each quotation of at least two words that reads as English joined into one token, marks
 * and all ("“nobody saw a sign”"). A quotation is in double marks (tokens of their own) or in single marks
 * joined to its first and last words ("'tell", "here'"). `isSpanish` tells a word the Spanish lexicon holds:
 * a quotation is English when fewer than half of its words are.
 */
export function quotationsKept(tokens: readonly string[], isSpanish: (word: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = quotationEnd(tokens, i);
    if (end !== undefined) {
      const words = tokens.slice(i, end + 1).map((t) => t.replace(P1, ''));
      const spoken = words.filter((w) => w !== '');
      if (
        spoken.length >= MIN_QUOTED_WORDS &&
        spoken.filter((w) => isSpanish(w)).length * 2 < spoken.length
      ) {
        out.push(joinQuotation(tokens.slice(i, end + 1)));
        i = end;
        continue;
      }
    }
    out.push(tokens[i] ?? '');
  }
  return out;
}

/** Where the quotation opened at `tokens[i]` closes, or `undefined` when none opens there or it never closes. */
function quotationEnd(tokens: readonly string[], i: number): number | undefined {
  const open = tokens[i] ?? '';
  if (DOUBLE_QUOTES.test(open)) {
    for (let j = i + 1; j < tokens.length; j++) if (DOUBLE_QUOTES.test(tokens[j] ?? '')) return j;
    return undefined;
  }
  if (!P2.test(open)) return undefined;
  for (let j = i; j < tokens.length; j++) if (P3.test(tokens[j] ?? '')) return j;
  return undefined;
}

/** The quotation's tokens written back as one: no space inside its marks or before its punctuation. */
function joinQuotation(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/^(["“”«»]) /u, '$1')
    .replace(/ (["“”«»])$/u, '$1')
    .replace(/ ([,.;:!?])/g, '$1');
}
