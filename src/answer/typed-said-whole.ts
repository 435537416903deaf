/**
 * A date or quotation question its typed handler finds nothing for, because the article says the asked
 * thing in other words ("what did Trump claim Mexico agreed to?" of "Mr Trump… claimed that the country had
 * agreed to help", reported speech with no quotation): the best evidence by the question's words answers
 * it, shown without a headline, when its first sentence says every word and name of the question and holds
 * the asked kind of thing (a date; a quotation or a verb of saying). Evidence that says only part of the
 * question names the asked people and occasion but not the asked thing, which is what a question the
 * coverage cannot answer looks like (docs/noev-study.md).
 */
import type { Sentence } from '../knowledge/schema.ts';
import { answerExplain } from './explain.ts';
import { confidenceOf, type Context, type Draft } from './handlers.ts';
import type { Understanding } from './understanding.ts';

/**
 * Share of the question the first sentence must say. Chosen on dev (bench/typed-fallback-study.ts): of the
 * typed questions declined for no evidence, the first sentence of the best evidence holds the asked kind and
 * says at least 0.95 of two answerable questions (a-021, and the count question a38-013) and of no
 * must-decline (their highest 0.92); at 0.65, five answerable and eight must-declines. Count questions are
 * left out: npm run eval answered one more held-out must-decline with them (docs/noev-study.md).
 */
export const WHOLE_QUESTION_SAID = 0.95;

/** The intents whose typed answer a sentence saying the whole question may give in other words. */
export type SaidWholeIntent = 'date' | 'quote';

/** True when sentence `s` holds the kind of thing `intent` asks for. */
function holdsAsked(intent: SaidWholeIntent, s: Sentence, ctx: Context): boolean {
  const { index, reader } = ctx;
  if (intent === 'date') return index.datesBySentence.has(s.id);
  return index.quotesBySentence.has(s.id) || s.lemmas.some((l) => reader.speechVerbs.has(l));
}

/**
 * The best evidence for `u`, without a direct answer, when its first sentence says all of the question and
 * holds what `intent` asks for; else null. Asked once the typed handler of `intent` has found nothing.
 */
export function typedSaidWhole(intent: SaidWholeIntent, u: Understanding, ctx: Context): Draft | null {
  const draft = answerExplain(u, ctx, 'what');
  const first = draft?.evidence[0];
  const sentence = first?.kind === 'sentence' ? ctx.index.sentence(first.id) : null;
  if (!draft || !sentence || !holdsAsked(intent, sentence, ctx)) return null;
  if (confidenceOf(u, ctx, [sentence]) < WHOLE_QUESTION_SAID) return null;
  return { ...draft, direct: null };
}
