/**
 * The readings of a Spanish question's tokens that need no lexicon sense: a quotation kept whole, a date, a year,
 * a figure in digits or in words, "está/fue" before a participle and "va a" before an infinitive. Each takes the
 * tokens from one place and gives the English words and how many tokens they took.
 */
import { foldWord } from '../nlp/pipeline.ts';
import {
  formatNumber,
  isYearAfter,
  readDigitNumber,
  readNumberWords,
  readSpanishDate,
  shortYear,
} from './spanish-numbers.ts';
import { copulaBeforeParticiple } from './spanish-copula.ts';
import { goingTo } from './spanish-going-to.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P6 = /^['’‘]*\p{L}/u;

/** English words read from a question's tokens, and how many tokens they took. */
export interface FixedReading {
  words: string[];
  tokens: number;
}

/**
 * The reading of `tokens` from `i` that needs no sense of a lexicon word, or `undefined` when the token there is
 * a word to translate. `out` is the English so far: "El 29 de octubre" makes its "the" "on". `isWord` tells a
 * word the lexicon holds (for "va a" + infinitive).
 */
export function fixedReading(
  tokens: readonly string[],
  i: number,
  out: string[],
  isWord: (folded: string) => boolean,
): FixedReading | undefined {
  const token = tokens[i] ?? '';
  // A quotation kept whole (see quotationsKept) is the only token with a space.
  if (token.includes(' ')) return { words: [token], tokens: 1 };
  const date = readSpanishDate(tokens.slice(i, i + 5).map(foldWord));
  if (date !== undefined) {
    // "El 29 de octubre": on that day.
    if (out.at(-1) === 'the' && foldWord(tokens[i - 1] ?? '') === 'el') out[out.length - 1] = 'on';
    return { words: [date.text], tokens: date.tokens };
  }
  if (isYearAfter(foldWord(tokens[i - 1] ?? ''), token)) return { words: [token], tokens: 1 };
  const figure = readDigitNumber(tokens.slice(i, i + 3).map(foldWord));
  if (figure !== undefined) return { words: [figure.text], tokens: figure.tokens };
  if (!P6.test(token)) return { words: [token], tokens: 1 };
  const folded = tokens.slice(i, i + 8).map(foldWord);
  const year = shortYear(folded[0] ?? '', folded[1] ?? '', folded[2] ?? '', folded[3] ?? '');
  if (year !== undefined) return { words: [...(folded[0] === 'del' ? ['of'] : []), String(year)], tokens: 2 };
  const number = readNumberWords(folded);
  if (number !== undefined) return { words: [formatNumber(number.value)], tokens: number.tokens };
  const copula = copulaBeforeParticiple(foldWord(token), foldWord(tokens[i + 1] ?? ''));
  if (copula !== undefined) return { words: [copula], tokens: 1 };
  const going = goingTo(tokens, i, isWord);
  if (going !== undefined) return { words: [going], tokens: 2 };
  return undefined;
}
