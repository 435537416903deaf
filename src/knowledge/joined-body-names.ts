/**
 * Names of bodies joined by "and" ("U.S. Customs and Border Protection", "Immigration and Customs
 * Enforcement"): capitalised common English words either side of a lower-case "and", which no person's name
 * is made of. Such a name is one body's, whole: "Border Protection" alone is no one.
 */
import type { Token } from '../nlp/pipeline.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';

/** Capitals with full stops after each ("U.S.", "U.K."). */
const ABBREVIATION = /^(?:\p{Lu}\.){2,3}$/u;
/** Capitalised common words at most read back from the "and" for the start of the name ("Alcohol, Tobacco"). */
const MAX_WORDS_BEFORE_AND = 4;

/** True for a capitalised word that is a common English word ("Border", "Customs"), as a body's name uses. */
function commonCapitalised(tok: Token | undefined, isEnglishWord: (w: string) => boolean): boolean {
  return (
    tok !== undefined &&
    (tok.pos === 'PROPN' || tok.pos === 'NOUN') &&
    opensWithCapital(tok.value) &&
    isEnglishWord(tok.value.toLowerCase())
  );
}

/** An abbreviation in capitals and full stops ("U.S.", "U.K."), as a body's name may open with its country's. */
function countryAbbreviation(tok: Token | undefined): boolean {
  return tok !== undefined && ABBREVIATION.test(tok.value);
}

/**
 * Where the body's name starts whose last part is the run of tokens `[start, end)`, when every word of the
 * run is a capitalised common English word, a lower-case "and" stands before it and a capitalised common
 * English word before that ("Customs and Border Protection"), reaching back over more such words ("Food
 * and Drug Administration") and a country's abbreviation opening the name ("U.S."). -1 otherwise.
 */
export function joinedBodyStart(
  tokens: readonly Token[],
  start: number,
  end: number,
  isEnglishWord: (w: string) => boolean,
): number {
  if (end <= start || tokens[start - 1]?.value !== 'and') return -1;
  for (let k = start; k < end; k++) if (!commonCapitalised(tokens[k], isEnglishWord)) return -1;
  if (!commonCapitalised(tokens[start - 2], isEnglishWord)) return -1;
  let from = start - 2;
  while (
    from - 1 >= 0 &&
    start - 2 - (from - 1) < MAX_WORDS_BEFORE_AND &&
    (commonCapitalised(tokens[from - 1], isEnglishWord) || countryAbbreviation(tokens[from - 1]))
  )
    from--;
  return from;
}

/** The first token from `from` past a country's abbreviation opening a name ("U.S. Customs" → "Customs"). */
export function pastAbbreviation(tokens: readonly Token[], from: number): number {
  let k = from;
  while (countryAbbreviation(tokens[k])) k++;
  return k;
}
