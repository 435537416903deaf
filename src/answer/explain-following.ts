/**
 * Sentences the ones chosen to explain (explain.ts) lead to: the answer to a question the article asks or
 * reports, what a sentence announces, the items it counts, and the means a how-question asks for.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { rankOptions, type Context } from './handlers.ts';
import { DETAIL_POOL } from './explain-detail.ts';
import { announced, announcedCount, announcedItems, announces } from './announcing.ts';
import { givesMeans } from './manner.ts';
import { rankSentences } from './retrieval.ts';
import type { Understanding } from './understand.ts';
import { ARTICLE_QUESTION, REPORTED_QUESTION, paragraphAfter } from './article-question.ts';

/** Adds to `chosen`, after each sentence, the sentences it leads to: an answer, what it announces or counts. */
export function addFollowing(ctx: Context, chosen: Sentence[]): void {
  const { index } = ctx;
  // A question the article asks ("Q. What was the U.S. Army doing?", "Who is in charge?") answers nothing
  // itself: its answer is the paragraph that follows. A question it reports ("Josefina Baeza asked whether the
  // resolution has any force at all.") is answered by what comes next, in its paragraph or the next one.
  for (const asked of chosen.filter((s) => ARTICLE_QUESTION.test(s.text) || REPORTED_QUESTION.test(s.text))) {
    const next = index.neighbour(asked.id, 1);
    const answer =
      !ARTICLE_QUESTION.test(asked.text) && next && next.paragraph === asked.paragraph
        ? [next]
        : paragraphAfter(index, asked);
    const at = chosen.indexOf(asked);
    chosen.splice(at + 1, 0, ...answer.filter((s) => !chosen.includes(s)));
  }
  // "My worry is simple.": what a sentence announces is the next one of its paragraph.
  for (const s of chosen.filter((x) => announces(ctx.reader.analyse(x.text)))) {
    const next = announced(index, s);
    if (next && !chosen.includes(next)) chosen.splice(chosen.indexOf(s) + 1, 0, next);
  }
  // "Three kinds of aircraft have drawn most of the attention.": the kinds it counts are the sentences after it.
  for (const s of [...chosen]) {
    const items = announcedItems(index, s, announcedCount(ctx.reader.analyse(s.text)));
    chosen.splice(chosen.indexOf(s) + 1, 0, ...items.filter((x) => !chosen.includes(x)));
  }
}

/**
 * "How did the pilot drop the bombs?": adds to `chosen` the sentence of the article of `best` that gives the
 * means ("…by hand"), when the chosen ones tell only that it was done.
 */
export function addMeans(u: Understanding, ctx: Context, best: Sentence, chosen: Sentence[]): void {
  const means = (s: Sentence) => givesMeans(ctx.reader.analyse(s.text).tokens);
  if (chosen.some(means)) return;
  const pool = rankSentences(
    ctx.index,
    u.terms,
    rankOptions(u, ctx, { limit: DETAIL_POOL, onlySources: [best.sourceId] }),
  );
  const way = pool.find(
    (r) => r.sentence.kind === 'report' && !chosen.includes(r.sentence) && means(r.sentence),
  );
  if (way) chosen.push(way.sentence);
}
