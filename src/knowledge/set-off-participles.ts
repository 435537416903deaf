/**
 * "The marker's text, supplied by the historical commission, reads: '…'": a participle phrase set off by
 * commas between a subject and its verb says more about the subject and is no part of it; the verb after it
 * is still the subject's.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { tokenAt, tokenListedAt } from './speakers.ts';

/** Tokens at most of a participle phrase set off ("posted on Saturday at the store and the mill"). */
const MAX_PHRASE_TOKENS = 14;

/**
 * `left` (the words before a verb) without a participle phrase set off by commas at its end (", supplied by
 * the historical commission,"): a comma, a past participle, words with no other verb or mark save commas, a
 * closing comma, with words before the phrase. `left` itself when none stands there.
 */
export function withoutSetOffParticiple(analysis: Analysis, left: readonly number[]): readonly number[] {
  const last = left.length - 1;
  if (last < 3 || tokenListedAt(analysis, left, last).value !== ',') return left;
  for (let j = last - 1; j > 0 && last - j <= MAX_PHRASE_TOKENS; j--) {
    const t = tokenListedAt(analysis, left, j);
    if (t.pos === 'AUX' || (t.pos === 'PUNCT' && t.value !== ',')) return left;
    if (t.value !== ',') continue;
    const participle = tokenListedAt(analysis, left, j + 1);
    const isParticiple = isPastParticiple(participle, tokenListedAt(analysis, left, j + 2)) && j + 1 < last;
    const otherVerb = left.slice(j + 2, last).some((x) => tokenAt(analysis, x).pos === 'VERB');
    return isParticiple && !otherVerb ? left.slice(0, j) : left;
  }
  return left;
}

/**
 * A past participle opening a phrase: a verb ending as one ("supplied", "written"), or one the same as its
 * lemma followed by a preposition ("read at parade").
 */
function isPastParticiple(verb: Token, next: Token): boolean {
  if (verb.pos !== 'VERB') return false;
  return /(?:ed|en|wn)$/.test(verb.normal) || (verb.normal === verb.lemma && next.pos === 'ADP');
}
