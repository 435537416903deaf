/**
 * "What did he say had happened on his land?": a follow-up asking for the words of someone it points back to
 * by a pronoun. The article may give what they said in reported speech or in quotations the knowledge did not
 * attribute to them; when their attributed quotations answer nothing, the report is asked as well.
 */
import { MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
import type { Understanding } from './understanding.ts';

/**
 * True when a quote question's drafts for its speakers (`drafts`) answer nothing and that speaker came from
 * the conversation (a follow-up's pronoun), not from the question's own words: the report of what they said
 * is asked then, and the report's own confidence judges it. A speaker the question names keeps a decline when
 * none of their words answer ("what did Trump say about the wall?").
 */
export function asksReportOfPointedSpeaker(
  u: Understanding,
  ctx: Context,
  drafts: ReadonlyArray<Draft | null>,
): boolean {
  return (
    ctx.followup && u.pronoun !== null && drafts.every((d) => d === null || d.confidence < MIN_CONFIDENCE)
  );
}
