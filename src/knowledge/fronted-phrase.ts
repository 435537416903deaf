/**
 * "Of the Mexicans at Tucson he is less generous than Hatchett": a sentence may open with a phrase a
 * preposition leads, with no comma after it, before its subject. The pronoun after it is still the subject
 * the sentence opens with, as it is after "But" or a comma; a name after "than" later in it is only compared.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { THIRD_PERSON } from '../nlp/third-person.ts';
import { POSSESSIVE_MARKS } from '../nlp/possessive.ts';

/** Tokens at most of a phrase set before the subject ("Of the Mexicans at Tucson"): a phrase, not a clause. */
const MAX_FRONTED_TOKENS = 8;
/** What a fronted phrase holds: prepositions and the noun phrases they lead, no verb and no mark. */
const FRONTED_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/**
 * True when tokens `from` to `to` (not included) are a phrase a preposition opens, with no verb, pronoun or
 * mark in it: what stands before token `to` is set before the subject, not the subject.
 */
export function frontedPhraseBefore(analysis: Analysis, from: number, to: number): boolean {
  if (to - from < 2 || to - from > MAX_FRONTED_TOKENS) return false;
  if (analysis.tokens[from]?.pos !== 'ADP') return false;
  // "Of Captain Fremont's arrival she writes": a possessive's mark is part of the phrase's noun phrase.
  for (let k = from + 1; k < to; k++) {
    const tok = analysis.tokens[k];
    if (!FRONTED_POS.has(tok?.pos ?? '') && !POSSESSIVE_MARKS.has(tok?.normal ?? '')) return false;
  }
  return true;
}

/**
 * The token of "he" or "she" standing as the subject right after a fronted phrase that opens the tokens
 * `from` to `to` ("Of the Mexicans at Tucson he is …"), or -1 when there is none.
 */
export function pronounAfterFrontedPhrase(analysis: Analysis, from: number, to: number): number {
  for (let k = from + 1; k < to && k - from <= MAX_FRONTED_TOKENS; k++) {
    const tok = analysis.tokens[k];
    if (tok?.pos !== 'PRON') continue;
    return THIRD_PERSON.has(tok.normal) && frontedPhraseBefore(analysis, from, k) ? k : -1;
  }
  return -1;
}
