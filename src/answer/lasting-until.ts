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

/** Words that tell of what is still to come. */
const FUTURE = /\b(?:will|'ll|would|until|till|through|next|more)\b/i;

/** True for a "how long" asked of the future ("how long will the order stay in effect?"). */
export function asksHowLongFromNow(question: string): boolean {
  return LASTS_FROM_NOW.test(question);
}

/**
 * `count`, the count handler's answer to `u`, unless it gives no span told of the future for a "how long"
 * asked of the future and the evidence gives the date the thing lasts until: then that date's answer.
 */
export function lastingUntil(u: Understanding, ctx: Context, count: Draft | null): Draft | null {
  if (!asksHowLongFromNow(u.text)) return count;
  // A span told of what is still to come ("will stay for 90 days") answers; one told of the past ("marks 110
  // years since the raid") gives way to the date the thing lasts until, when the evidence gives one.
  const told = count?.evidence[0]?.text ?? '';
  if (count && count.confidence >= MIN_CONFIDENCE && FUTURE.test(told)) return count;
  const until = answerDate(u, ctx);
  if (!until || until.confidence < MIN_CONFIDENCE) return count;
  // The dated sentence may be shown after the one that names the thing ("On Tuesday, the museum opened an
  // exhibition…" then "It will remain open until the end of September"): any sentence shown may bound it.
  const bound = until.evidence.some((e) => {
    const lower = e.text.toLowerCase();
    return (ctx.index.datesBySentence.get(e.id) ?? []).some(
      (d) => d.date === until.date && isDeadlineDate(lower, d.text),
    );
  });
  return bound ? until : count;
}
