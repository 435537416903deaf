/**
 * Words written with a hyphen and no spaces ("great-grandmother", "brother-in-law"), which wink-nlp splits
 * into their parts and the hyphen: read as one word, so a description made of them is not cut at the hyphen.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/** True when token `t` is a hyphen joining the tokens either side of it with no space: "great-grandmother". */
export function isJoiningHyphen(analysis: Analysis, t: number): boolean {
  const hyphen = analysis.tokens[t];
  const before = analysis.tokens[t - 1];
  const after = analysis.tokens[t + 1];
  return (
    hyphen !== undefined &&
    before !== undefined &&
    after !== undefined &&
    /^[-‑]$/u.test(hyphen.value) &&
    before.end === hyphen.start &&
    hyphen.end === after.start &&
    before.pos !== 'PUNCT' &&
    after.pos !== 'PUNCT'
  );
}

/**
 * The tokens `indexes` grouped into words, parts joined by a hyphen as one word without the hyphen
 * ("my great-grandmother" → [my], [great, grandmother]); indexes are consecutive tokens of `analysis`.
 */
export function hyphenatedWords(analysis: Analysis, indexes: readonly number[]): Token[][] {
  const words: Token[][] = [];
  let joining = false;
  for (const t of indexes) {
    if (isJoiningHyphen(analysis, t)) {
      joining = true;
      continue;
    }
    const token = tokenAt(analysis, t);
    const last = words.at(-1);
    if (joining && last) last.push(token);
    else words.push([token]);
    joining = false;
  }
  return words;
}

/** Parts a hyphenated word at most has after its first ("sister-in-law", "great-great-grandfather"). */
const MAX_HYPHENATED_PARTS = 3;

/**
 * The word token `t` opens, with the parts hyphens join to it ("sister" of "my sister-in-law" →
 * "sister-in-law"), lower case, and the index of its last token; token `t` alone when no hyphen follows it.
 */
export function hyphenatedWordAt(analysis: Analysis, t: number): { word: string; last: number } {
  let last = t;
  for (let n = 0; n < MAX_HYPHENATED_PARTS && isJoiningHyphen(analysis, last + 1); n++) last += 2;
  const word = analysis.tokens
    .slice(t, last + 1)
    .map((w) => w.value.toLowerCase())
    .join('');
  return { word, last };
}
