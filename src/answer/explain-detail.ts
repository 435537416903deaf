/**
 * Evidence for a what-question that gives what is asked of it, looked for beyond the best-ranked sentence:
 * the asked kind of detail ("how tall" → "about 14 feet high", the name of the navy ship), further down the
 * best evidence's article or next to it, and the asked actor's doings ("what would the troops do?"). Read by
 * the answer to why, how and what questions (explain.ts).
 */
import { rankOptions, type Context } from './handlers.ts';
import { actorVerbAt, type AskedActor } from './activity.ts';
import { asksPlannedDoings, saysPlannedAt } from './planned-doings.ts';
import { rankSentences, type Ranked } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/**
 * "What would the troops do?": the best evidence with the troops as its subject, from the article of the
 * best evidence, if it scores at least this share of it. 0.15 (and 0.1) took people dev 331 -> 332 over 0.2
 * ("were the 2018 active duty troops going to be fighting?"); no other dev row changed (npm run eval).
 */
const ACTOR_SHARE = 0.15;

/** How far down the ranking, in the best evidence's article, the sentence giving an asked detail is looked for. */
export const DETAIL_POOL = 40;

/**
 * The best evidence that gives the asked kind of detail ("how tall" → "about 14 feet high"): among the
 * first ranked, else further down in the best evidence's article, where the words of the question that set
 * the scene ("near Palominas") may be a sentence or two away from the detail; for a name asked, else next to
 * the best evidence ({@link nextToBest}). The article looked down is that of the best evidence in an article
 * `askedArticle` accepts (one saying the question's names), if any. A kind asked ("which governors") is not
 * looked for next to the best: a neighbour naming one may speak of another event.
 */
export function givingDetail(
  u: Understanding,
  ctx: Context,
  ranked: readonly Ranked[],
  gives: (text: string, sentenceIds: readonly string[]) => boolean,
  nameAsked: boolean,
  askedArticle: (sourceId: string) => boolean = () => true,
): Ranked | undefined {
  const says = (r: Ranked) => gives(r.sentence.text, [r.sentence.id]);
  const found = ranked.find(says);
  const top = ranked.find((r) => askedArticle(r.sentence.sourceId)) ?? ranked[0];
  if (found || !top) return found;
  const pool = rankSentences(
    ctx.index,
    u.terms,
    rankOptions(u, ctx, { limit: DETAIL_POOL, onlySources: [top.sentence.sourceId] }),
  );
  return pool.find(says) ?? (nameAsked ? nextToBest(ctx, pool, says) : undefined);
}

/**
 * "What would the troops do?": the best evidence with the asked actor as its subject, from the article of
 * the best evidence, scoring at least {@link ACTOR_SHARE} of it. For doings asked ahead ("what were they
 * gonna do"), one that says what the actor would or will do ("The troops would include doctors…") over one
 * of what others of the kind already do ("About 2,000 National Guard troops are already assisting…"), looked
 * for further down that article when the first ranked have none. Looking further down for any doings of the
 * actor measured worse (npm run eval 2026-12-01: all dev 954 → 953, all test 803 → 802).
 */
export function actingEvidence(
  u: Understanding,
  ctx: Context,
  ranked: readonly Ranked[],
  actor: AskedActor,
): Ranked | undefined {
  const top = ranked[0];
  if (!top) return undefined;
  const verbAt = (r: Ranked) =>
    r.sentence.sourceId === top.sentence.sourceId && r.score >= top.score * ACTOR_SHARE
      ? actorVerbAt(ctx.reader.analyse(r.sentence.text), actor)
      : -1;
  const acting = (r: Ranked) => verbAt(r) >= 0;
  const ahead = (r: Ranked) => {
    const at = verbAt(r);
    return at >= 0 && saysPlannedAt(ctx.reader.analyse(r.sentence.text).tokens, at);
  };
  const first = ranked.find(acting);
  if (!asksPlannedDoings(u.analysis.tokens) || (first && ahead(first))) return first;
  const aheadRanked = ranked.find(ahead);
  if (aheadRanked) return aheadRanked;
  const pool = rankSentences(
    ctx.index,
    u.terms,
    rankOptions(u, ctx, { limit: DETAIL_POOL, onlySources: [top.sentence.sourceId] }),
  );
  return pool.find(ahead) ?? first;
}

/**
 * Sentences either side of each of the best evidence looked at for a detail none of them gives, and how many
 * of the best are looked at so: 3 and 5 find the frigate's name of new-articles-14 dev ("whats the name of the
 * navy ship…", three sentences before the best evidence), 2 and 3 do not; no other row changes (npm run eval).
 */
const DETAIL_REACH = 3;
const DETAIL_NEIGHBOURED = 5;

/**
 * A sentence a little before or after one of the best evidence that gives the detail, scored as that
 * evidence: "…the ship that found it was … a Navy frigate." is followed, a turn later, by "The frigate was
 * the USS Carrollton", which says none of the question's words.
 */
function nextToBest(ctx: Context, pool: readonly Ranked[], says: (r: Ranked) => boolean): Ranked | undefined {
  for (const r of pool.slice(0, DETAIL_NEIGHBOURED)) {
    for (let d = 1; d <= DETAIL_REACH; d++) {
      for (const offset of [d, -d]) {
        const sentence = ctx.index.neighbour(r.sentence.id, offset);
        if (sentence && says({ sentence, score: r.score })) return { sentence, score: r.score };
      }
    }
  }
  return undefined;
}
