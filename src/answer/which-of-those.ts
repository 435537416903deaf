/**
 * "Which of those went over the Gulf of California?": a follow-up that picks among what the last answer
 * listed. The one of the last answer's sentences that its own words fit, clearly better than the others,
 * answers it; the conversation's words are not carried, since they fit every listed item alike.
 */
import { confidenceOf, MIN_CONFIDENCE, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import type { ConversationState } from './memory.ts';
import type { Understanding } from './understand.ts';

/** "Which of those", "which one of them", "any of these": a pick among the last answer's items. */
const PICKS_AMONG_LAST = /\b(?:which|who)(?:\s+one)?\s+of\s+(?:those|these|them)\b/i;
/**
 * How fully the picked sentence must hold the question's own words: all of them ("gulf", "california"), where
 * the next listed item holds some ("Baja California"); a pick two items fit alike is no pick.
 */
const FULL_FIT = 0.95;

/** True when `u` picks among the things the last answer listed ("which of those…?"). */
export function picksAmongLast(u: Understanding): boolean {
  return PICKS_AMONG_LAST.test(u.text) && u.content.length > 0;
}

/**
 * The sentence of the last answer's evidence that the question's own words fit best, when one clearly does;
 * `null` otherwise (the follow-up is then answered as any other).
 */
export function pickFromLastAnswer(
  u: Understanding,
  ctx: Context,
  conversation: ConversationState,
): Draft | null {
  const asked: Understanding = { ...u, entities: [], predicates: [] };
  const scored = conversation.lastEvidence
    .map((id) => ctx.index.sentence(id))
    .filter((s): s is NonNullable<typeof s> => s !== null)
    .map((s) => ({ s, score: confidenceOf(asked, ctx, [s]) }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < Math.max(FULL_FIT, MIN_CONFIDENCE) || (next && next.score >= FULL_FIT))
    return null;
  return {
    answeredAs: 'what',
    confidence: best.score,
    direct: null,
    lead: null,
    evidence: [sentenceEvidence(best.s)],
    lines: [],
    focus: best.s.mentions.map((m) => m.entityId),
  };
}
