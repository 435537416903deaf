/**
 * Sums of money among a sentence's figures ("$5 million", "£300"): the figure after a currency sign with its
 * scale, read as the knowledge stores it, and the figures that are a sum, a clock time or a share and so
 * count nothing else ("5 p.m.", "10%"). Used by the number reader (found-numbers.ts).
 */
import { SCALE_ABBREVIATIONS, type Token } from '../nlp/pipeline.ts';
import { lookupTable } from '../lookup.ts';
import type { WorkingSentence } from './annotate.ts';
import { MONEY_LEMMA } from './counted.ts';
import type { FoundNumber } from './found-numbers.ts';
import { SCALES } from './number-words.ts';

/** The sum of money `money` read at token `t`, from its currency sign; `null` when its tokens are missing. */
export function moneyFact(
  analysis: WorkingSentence['analysis'],
  t: number,
  money: { value: number; end: number; currency: string },
): FoundNumber | null {
  const first = analysis.tokens[t - 1];
  const last = analysis.tokens[money.end - 1];
  if (!first || !last) return null;
  return {
    text: analysis.text.slice(first.start, last.end),
    value: money.value,
    high: null,
    qualifier: null,
    counts: money.currency,
    countsLemma: MONEY_LEMMA,
  };
}

const CURRENCIES = lookupTable({ $: 'dollars', '£': 'pounds', '€': 'euros' });
const MONEY_SCALES: Readonly<Record<string, number>> = lookupTable({
  ...SCALES,
  ...Object.fromEntries(
    Object.entries(SCALE_ABBREVIATIONS).map(([abbreviation, word]) => [abbreviation, SCALES[word] ?? 1]),
  ),
});

/** A sum of money at token `t` (a figure after a currency sign, with its scale): value and where it ends. */
export function moneyAt(
  toks: readonly Token[],
  t: number,
  value: number,
): { value: number; end: number; currency: string } | null {
  const currency = CURRENCIES[toks[t - 1]?.value ?? ''];
  if (!currency) return null;
  const scale = MONEY_SCALES[toks[t + 1]?.normal ?? ''];
  return scale ? { value: value * scale, end: t + 2, currency } : { value, end: t + 1, currency };
}

/** True when the figure from token `t` to `end` is a sum or a clock time ("$5", "5 p.m.") or a share ("10%"). */
export function isMoneyOrTime(toks: readonly Token[], t: number, end: number): boolean {
  const prev = toks[t - 1]?.value ?? '';
  const next = toks[end]?.normal ?? '';
  return /^[£$€]$/.test(prev) || ['utc', 'gmt', 'am', 'pm', 'p', '%', 'percent'].includes(next);
}
