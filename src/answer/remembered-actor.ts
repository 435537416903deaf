/**
 * The actor a follow-up asking a pronoun's doings ("what would they actually do?") means: the one the last
 * question asked about.
 */
import type { Context } from './handlers.ts';
import { askedActor, asksPronounDoings, questionSubject, type AskedActor } from './activity.ts';
import type { Understanding } from './understand.ts';

/**
 * "What would they actually do?" after "what kind of troops were they sending?": the actor the last question
 * asked about, for a follow-up that asks a pronoun's doings; else the subject the last question asked
 * something else of ("why were the 2018 troops only gonna do support stuff?"), whom "they" means there, not a
 * body its answer happened to name; `null` otherwise.
 */
export function rememberedActor(u: Understanding, ctx: Context): AskedActor | null {
  const last = ctx.conversation.lastQuestion;
  if (!ctx.followup || !last || !asksPronounDoings(u.analysis)) return null;
  const analysis = ctx.reader.analyse(last);
  return askedActor(analysis) ?? questionSubject(analysis);
}
