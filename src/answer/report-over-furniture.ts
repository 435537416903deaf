/**
 * Page furniture — a headline or deck, a related-story bullet, a caption, a masthead — restates a story in the
 * words a question is likely to share, but seldom holds what it asks: "Where exactly did the V-2 rocket come
 * down near Juárez?" ranks the deck "The Explosion Shook Juárez and El Paso — Only by Fortune Was No One Hurt
 * —…", which names places, above the report's "The rocket fell in an empty place of rocks and brush, some five
 * and a half kilometers south of the center of the city…". A report sentence of the same article that covers
 * more of the question answers instead.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { setAsHeading } from './set-heading.ts';
import type { Ranked } from './retrieval.ts';

/**
 * A line that does not end as a sentence does: the report kept a masthead ("MULE MOUNTAIN OBSERVER"), a deck
 * ("…Shipped Into New Mexico — Cochise Men Defend Their Act") or a headline the build did not know as one.
 */
const UNENDED = /[^.!?…:;"'”’)\]]\s*$/;

/**
 * Page furniture: a sentence the build typed as other than report, one that does not end as one, or a heading
 * set in capitals ("THE ATTACK ON FORT LANCASTER.").
 */
export function isFurniture(s: Sentence): boolean {
  return s.kind !== 'report' || UNENDED.test(s.text) || setAsHeading(s.text);
}

/**
 * When `best` is furniture ({@link isFurniture}): the first of `pool` (the sentences of its article, ranked)
 * that is not, `accepts` (names a place, for "where") and covers more of the question than `best`, at least
 * `floor`; `null` to keep `best`. npm run eval vs eval-base19b: dev 1573 -> 1574/2042 (a33-043), test, must-decline
 * answered, answerable declined, regression, attribution and wrong headlines unchanged (only a33-043 moved). Covering as much (not more) answered a must-decline of new-articles-30 from "He was 47."
 * for the headline "…DIES AT 47"; requiring `best` itself to cover `floor` kept the deck for a33-043.
 */
export function reportOverFurniture(
  pool: readonly Ranked[],
  best: Sentence,
  test: { accepts: (s: Sentence) => boolean; coverage: (s: Sentence) => number; floor: number },
): Ranked | null {
  if (!isFurniture(best)) return null;
  const own = test.coverage(best);
  for (const r of pool) {
    if (r.sentence === best || isFurniture(r.sentence) || !test.accepts(r.sentence)) continue;
    const coverage = test.coverage(r.sentence);
    if (coverage > own && coverage >= test.floor) return r;
  }
  return null;
}
