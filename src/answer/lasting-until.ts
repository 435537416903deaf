/**
 * "How long will the exhibit stay up?", "how long will it be up?": asked of what is still to come, "how long"
 * is answered by a span ("for 90 days") or by the date the thing lasts until ("will stay up until the end
 * of September"). The count handler looks for the span; when it finds none, a date the evidence introduces
 * by a bound ("until", "through", "by") answers, and no other date does (the day it opened says nothing of
 * how long it stays).
 */
import { answerDate } from './date.ts';
import { isDeadlineDate } from './deadline.ts';
import { MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
import type { Understanding } from './understanding.ts';

/** "How long" asked of the future. */
const LASTS_FROM_NOW = /\bhow long (?:will|would)\b/i;

/** True for a "how long" asked of the future ("how long will the order stay in effect?"). */
export function asksHowLongFromNow(question: string): boolean {
  return LASTS_FROM_NOW.test(question);
}

/**
 * `count`, the count handler's answer to `u`, unless it gives no span for a "how long" asked of the future
 * and the evidence gives the date the thing lasts until: then that date's answer.
 */
export function lastingUntil(u: Understanding, ctx: Context, count: Draft | null): Draft | null {
  if (!asksHowLongFromNow(u.text) || (count && count.confidence >= MIN_CONFIDENCE)) return count;
  const until = answerDate(u, ctx);
  const first = until?.evidence[0];
  if (!until || !first || until.confidence < MIN_CONFIDENCE) return count;
  const lower = first.text.toLowerCase();
  const bound = (ctx.index.datesBySentence.get(first.id) ?? []).some(
    (d) => d.date === until.date && isDeadlineDate(lower, d.text),
  );
  return bound ? until : count;
}
