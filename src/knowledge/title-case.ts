/**
 * A line written in title case ("Aviator for Escobar Forces Misses Mexican Trenches — Colonel Warns Both
 * Factions"): a headline or deck, where capitals say nothing about names. A run of English words there
 * ("Warns Both Factions") is no one's name.
 */
import type { Token } from '../nlp/pipeline.ts';
import { opensWithCapital, opensWithLetter } from '../nlp/letter-tests.ts';

/** The share of a line's longer words written with a capital that makes it title case. */
const TITLE_CASE_SHARE = 0.8;
/** The fewest longer words a line needs to be judged (a short line may be all names). */
const MIN_TITLE_CASE_WORDS = 5;
/**
 * The same for a paragraph that is one sentence, a line of its own as a deck is ("The General Comes Out of
 * the Sierra Madre."): four capitalised longer words there are a headline's, not a run of names.
 */
export const MIN_LINE_TITLE_CASE_WORDS = 4;
/** Words longer than this are capitalised in title case; shorter ones ("of", "for", "and") may not be. */
const SHORT_WORD = 3;

/** The fewest words with letters a line in capitals needs to be judged one ("WHO GEN. BLANCO IS."). */
const MIN_CAPITALS_WORDS = 2;
const SMALL_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * True when every word of the tokens is written in capitals ("WHO GEN. BLANCO IS."): a subhead, where
 * capitals say nothing about names either.
 */
export function writtenInCapitals(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (!LETTER.test(t.value)) continue;
    if (SMALL_LETTER.test(t.value)) return false;
    words++;
  }
  return words >= MIN_CAPITALS_WORDS;
}

/**
 * True when most of the longer words of the tokens open with a capital, as a headline's do, and there are at
 * least `minWords` of them.
 */
export function titleCased(tokens: readonly Token[], minWords: number = MIN_TITLE_CASE_WORDS): boolean {
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.value.length <= SHORT_WORD || !opensWithLetter(t.value)) continue;
    words++;
    if (opensWithCapital(t.value)) capitalised++;
  }
  return words >= minWords && capitalised >= words * TITLE_CASE_SHARE;
}

/**
 * The end of a name a headline's capitals run on past ("Major Lynde Dropped from the Rolls", "Customs
 * Inspector Sebree Shoots Editor Garza"): title case capitalises the verb after a name too, and a word the
 * article writes elsewhere in lower case as a verb (`verbForms`: its forms and lemmas) is that verb, not a
 * surname, nor is its present tense. The name ends before the first such word after its first one (`from`).
 */
export function headlineNameEnd(
  tokens: readonly Token[],
  from: number,
  end: number,
  verbForms: ReadonlySet<string>,
): number {
  for (let k = from + 1; k < end; k++) {
    const word = tokens[k]?.normal ?? '';
    // A headline's present tense ("Shoots", "Takes") of a verb the article writes in another form ("shot").
    if (
      verbForms.has(word) ||
      verbForms.has(word.replace(/e?s$/, '')) ||
      verbForms.has(word.replace(/s$/, ''))
    )
      return k;
  }
  return end;
}
