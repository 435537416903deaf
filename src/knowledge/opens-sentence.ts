/**
 * How quoted words stand in their sentence: whether they hand themselves over to a tag after them (a comma, "?"
 * or "!" ends them), and whether they open their sentence: '"Viva Villa!" the raiders cried.' hands the words to the tag after
 * them; 'When Maj. Warren shouted "Fire!", the crowd scattered.' does not, for the words sit inside a clause
 * of their own and the verb after them is another subject's.
 */
import { firstTokenAtOrAfter, sentenceAt, type Analysis } from '../nlp/pipeline.ts';

/** Tokens at most looked back over for a word: marks and commas only stand between quoted words and a word. */
const MAX_MARKS_BEFORE = 8;

/** True when only punctuation comes before `outerStart` (the opening mark) in its sentence of `analysis`. */
export function opensItsSentence(analysis: Analysis, outerStart: number): boolean {
  const first = firstTokenAtOrAfter(analysis, 0, analysis.tokens.length, outerStart);
  const sentence = sentenceAt(analysis, first);
  const from = Math.max(sentence?.start ?? 0, first - MAX_MARKS_BEFORE);
  for (let k = first - 1; k >= from; k--) if (analysis.tokens[k]?.pos !== 'PUNCT') return false;
  return true;
}

/** Marks and spaces closing quoted words, before their own last character. */
const CLOSING_MARKS = /[\s'"‘’“”]+$/u;

/** True when a quotation's words end with a comma, a question or an exclamation mark, handing them over. */
export function handsOver(text: string, span: { start: number; end: number }): boolean {
  return /[,?!]$/.test(text.slice(span.start, span.end).replace(CLOSING_MARKS, ''));
}
