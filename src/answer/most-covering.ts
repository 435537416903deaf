/**
 * The best sentence by what it says of the question, among the best few by its words: BM25 ranks a sentence
 * by the question's words it repeats, so one that tells what was asked ("What happened to Tiffany Hartley's
 * husband out on the lake?": "She said her husband was hit in the back of the head…") ranks under one that
 * repeats the asking words (the subheading "WHAT HAPPENED ON THE LAKE"). Coverage
 * (retrieval.ts `coverage`) credits words said otherwise through the word vectors and WordNet, so the first
 * sentence gives way to one of the few after it that covers clearly more of the question on its own.
 */
import type { Ranked } from './retrieval.ts';
import type { Sentence } from '../knowledge/schema.ts';

/**
 * How many of the best-ranked sentences are weighed by coverage, with {@link COVERING_MARGIN}. On all sets
 * (npm run eval 2026-12-05, against 6aea525): all dev 1808 -> 1810/2336, test 2514 -> 2516/4225, answerable
 * declined test 456 -> 455, must-decline answered unchanged (35, 152). Without the floor (a first sentence
 * under the bar giving way, by the margin alone, to any sentence): dev 1798, test 2530, but must-decline
 * answered dev 35 -> 37, test 152 -> 156, and yes/no questions and follow-ups lost (dev yesno 104 -> 102),
 * which are left out now. A first sentence under the bar gives way only to one of its own article that covers
 * {@link COVERING_UNDER_BAR} (below).
 */
export const COVERING_POOL = 5;
/** How much more of the question (0–1) a later sentence must cover on its own to go first (see above). */
export const COVERING_MARGIN = 0.15;
/**
 * What a sentence of the first one's article must cover on its own to stand in for a first sentence under the
 * bar. Over none (npm run eval 2026-12-05): 0.8 took all dev 1810 -> 1812 (a37-058, e-043), test 2516 -> 2521,
 * answerable declined test 455 -> 454, must-decline answered test 152 -> 151; 0.75 took test 2519 but answered
 * the dev must-decline "What illness did Nathaniel Odom die of?" (0.78). Any article's sentence, at no floor of
 * its own, is the variant measured above that answered more must-declines.
 */
export const COVERING_UNDER_BAR = 0.8;

/**
 * The first of `ranked`, or the one of its first {@link COVERING_POOL} that covers at least
 * {@link COVERING_MARGIN} more of the question alone (`covers`); a first sentence covering less than `floor`
 * gives way only to one of its own article covering {@link COVERING_UNDER_BAR}. `undefined` when `ranked` is
 * empty.
 */
export function mostCovering(
  ranked: readonly Ranked[],
  covers: (s: Sentence) => number,
  floor: number,
): Ranked | undefined {
  const first = ranked[0];
  if (!first) return undefined;
  let best = first;
  const own = covers(first.sentence);
  // A first sentence under the bar gives way only to one of its article covering much of the question.
  const under = own < floor;
  let bar = under ? Math.max(own + COVERING_MARGIN, COVERING_UNDER_BAR) : own + COVERING_MARGIN;
  for (const r of ranked.slice(1, COVERING_POOL)) {
    if (under && r.sentence.sourceId !== first.sentence.sourceId) continue;
    const c = covers(r.sentence);
    if (c >= bar) {
      best = r;
      bar = c;
    }
  }
  return best;
}
