/**
 * A report sentence of the same article to stand in for page furniture found best for a question.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { confidenceOf, MIN_CONFIDENCE, rankOptions, type Context } from './handlers.ts';
import { DETAIL_POOL } from './explain-detail.ts';
import { rankSentences, type Ranked } from './retrieval.ts';
import { isFurniture, reportOverFurniture } from './report-over-furniture.ts';
import type { Understanding } from './understand.ts';

/**
 * The report sentence of `found`'s article that names a place (`place`) and covers more of the question than
 * `found`, when `found` is page furniture (see {@link reportOverFurniture}). `null` to keep it.
 */
export function reportInArticle(
  u: Understanding,
  ctx: Context,
  found: Ranked,
  place: (s: Sentence) => boolean,
): Ranked | null {
  if (!isFurniture(found.sentence)) return null;
  const pool = rankSentences(
    ctx.index,
    u.terms,
    rankOptions(u, ctx, { limit: DETAIL_POOL, onlySources: [found.sentence.sourceId] }),
  );
  return reportOverFurniture(pool, found.sentence, {
    accepts: place,
    coverage: (s) => confidenceOf(u, ctx, [s]),
    floor: MIN_CONFIDENCE,
  });
}
