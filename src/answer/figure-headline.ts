/** How a count answer's headline states its figure: with what it counts, as the sentence writes them. */
import { MONEY_LEMMA } from '../knowledge/counted.ts';
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import { escapeRegExp } from '../nlp/escape.ts';
import { wholePhrase } from './counted-whole.ts';

/**
 * The figure with what it counts ("some 15,000 troops", "a garrison of about 800"); a sum of money, or a
 * figure whose words already say what it counts, as written ("$10 billion", "more than 100,000 Guard soldiers").
 */
export function figureHeadline(n: NumberFact, sentence: Sentence): string {
  return (
    wholePhrase(n, sentence) ??
    (n.counts && n.countsLemma !== MONEY_LEMMA && !n.text.toLowerCase().includes(n.counts.toLowerCase())
      ? `${n.text} ${n.counts}`
      : n.text)
  );
}

/**
 * True when the figure's own sentence writes what it counts, or it is a sum of money: "He confirmed death for fifty", read as counting
 * the courts-martial of the sentence before, does not, and no headline should say "fifty courts".
 */
export function countedInSentence(n: NumberFact, sentence: Sentence): boolean {
  // A sum of money counts its currency, written as a sign ("$9,000").
  if (n.counts === '' || n.countsLemma === MONEY_LEMMA) return true;
  // By its lemma, or by its words written whole ("1,500 Marines": the tagger keeps a proper noun's plural as its
  // lemma): "men" is not written in "women".
  return (
    (n.countsLemma !== '' && sentence.lemmas.includes(n.countsLemma)) ||
    new RegExp(`\\b${escapeRegExp(n.counts)}\\b`, 'i').test(sentence.text)
  );
}
