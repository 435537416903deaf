/**
 * Names of bodies written as a compound joined by a hyphen ("Joint Task Force-Southern Border", "Joint Task
 * Force-North"): each side of the hyphen is a capitalised common English word, which no person's double
 * surname is ("Ybarra-Keane"). Such a name is a body's, whole: "Southern Border" alone is no one.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { joiningHyphen } from './name-words.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{L}-\p{Lu}/u;

const CAPITALISED = /^\p{Lu}[\p{L}'’]*$/u;

/** True when the hyphen at token `k` joins two capitalised English words with no space either side. */
function joinsCommonWords(
  tokens: readonly Token[],
  k: number,
  isEnglishWord: (w: string) => boolean,
): boolean {
  const [before, after] = [tokens[k - 1], tokens[k + 1]];
  return (
    joiningHyphen(tokens, k) &&
    before !== undefined &&
    after !== undefined &&
    CAPITALISED.test(before.value) &&
    CAPITALISED.test(after.value) &&
    isEnglishWord(before.value.toLowerCase()) &&
    isEnglishWord(after.value.toLowerCase())
  );
}

/**
 * The body's name that `tokens` (in order) end with, as written, when the run of capitalised words and
 * hyphens they end with holds a hyphen joining two capitalised English words ("Joint Task Force-Southern
 * Border said"); `null` otherwise.
 */
export function compoundBodyBefore(
  analysis: Analysis,
  tokens: readonly number[],
  isEnglishWord: (w: string) => boolean,
): string | null {
  const all = analysis.tokens;
  let from = tokens.length;
  let joined = false;
  while (from > 0) {
    const k = tokens[from - 1] ?? -1;
    const tok = all[k];
    if (!tok) break;
    if (tok.value === '-' && joinsCommonWords(all, k, isEnglishWord)) joined = true;
    else if (!CAPITALISED.test(tok.value) || tok.pos !== 'PROPN') break;
    from--;
  }
  // The run opens with a capitalised word, not with the hyphen.
  while (from < tokens.length && all[tokens[from] ?? -1]?.value === '-') from++;
  const first = all[tokens[from] ?? -1];
  const last = all[tokens.at(-1) ?? -1];
  if (!joined || !first || !last || from > tokens.length - 3) return null;
  return analysis.text.slice(first.start, last.end);
}

/** True when a speaker's name, as written, is a compound body's ("Joint Task Force-North"). */
export function isCompoundBodyName(name: string, isEnglishWord: (w: string) => boolean): boolean {
  return P1.test(name) && name.split(' ').some((w) => compoundOfCommonWords(w, isEnglishWord));
}

function compoundOfCommonWords(word: string, isEnglishWord: (w: string) => boolean): boolean {
  const parts = word.split('-');
  return parts.length === 2 && parts.every((p) => CAPITALISED.test(p) && isEnglishWord(p.toLowerCase()));
}
