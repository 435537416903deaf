/** How a count answer's headline states its figure: with what it counts, as the sentence writes them. */
import { MONEY_LEMMA } from '../knowledge/counted.ts';
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
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
