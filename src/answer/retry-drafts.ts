/**
 * The drafts a follow-up tries again when the first draft does not serve it. Three retries, each reading the
 * conversation: a draft that repeats the last answer is asked again without what was shown ("what else did
 * they say?"); a draft that finds the very sentence just shown reads on from it in its article ("Any
 * exceptions?"); and an "and …?" follow-up with no answer on the last topic asks the topic before it ("And in
 * 2018?" after a side question). The engine (engine.ts) dispatches the first draft and gates what these return.
 */
import type { ConversationState } from './memory.ts';
import type { Understanding } from './understand.ts';
import type { AnswerIntent } from './types.ts';
import { MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
import { dispatch } from './dispatch.ts';
import { onTopicOf } from './on-topic.ts';
import { topicWords, withContext } from './conversation.ts';
import { repeatsLastAnswer } from './fit.ts';
import { rememberedActor } from './explain.ts';
import { readingOnFromShown } from './followup-next.ts';

/** The question as the retries ask it again: what it asks, the topic it follows and who it is about. */
interface Retried {
  u: Understanding;
  intent: AnswerIntent;
  /** The conversation as the follow-up reads its topic (`topicAfterDecline`). */
  topic: ConversationState;
  focus: readonly string[];
  /** True for an "and …?" follow-up. */
  andForm: boolean;
}

/**
 * The draft to show after the retries: `draft` is the first draft, `onTopicDraft` the one the last answer's
 * articles gave (null when they were not asked), `ctx` the context both were dispatched with.
 */
export function retriedDraft(
  draft: Draft | null,
  onTopicDraft: Draft | null,
  { u, intent, topic, focus, andForm }: Retried,
  ctx: Context,
): Draft | null {
  const { followup, conversation } = ctx;
  // Without a pronoun, the remembered person is the topic's, not a must for the next-best evidence.
  const freshFocus = u.pronoun ? focus : [];
  const onTopicAnswer = onTopicDraft !== null && draft === onTopicDraft;
  const fresh =
    (followup || onTopicAnswer) &&
    !ctx.excludeShown &&
    draft &&
    repeatsLastAnswer(draft, conversation, u.content.length + (rememberedActor(u, ctx) ? 1 : 0))
      ? dispatch(
          intent,
          onTopicAnswer ? onTopicOf(u, topic) : withContext(u, topic, freshFocus, andForm),
          { ...ctx, excludeShown: true, onTopic: onTopicAnswer },
          freshFocus,
        )
      : null;
  const freshOrDraft = fresh && fresh.confidence >= MIN_CONFIDENCE ? fresh : draft;
  // "Any exceptions?" that finds the sentence just shown: the article read on from it.
  const found =
    followup && freshOrDraft && freshOrDraft.direct === null
      ? readingOnFromShown(
          freshOrDraft,
          u.content.map((l) => [l, ...ctx.reader.synonymsOf(l)]),
          conversation,
          ctx.index,
        )
      : freshOrDraft;
  // "And in 2018?" after a side question: when the last topic has no answer there, the one before it may.
  // Not for a pronoun that points to someone ("and when did he say that?"): the earlier topic is not theirs.
  const earlier =
    followup &&
    andForm &&
    (u.pronoun === null || focus.length === 0) &&
    (!found || found.confidence < MIN_CONFIDENCE) &&
    topic.priorTerms.length > 0
      ? dispatch(
          intent,
          withContext(
            // Its evidence is measured against that topic's words: the follow-up has none of its own.
            { ...u, content: [...u.content, ...topicWords(topic.priorTerms)] },
            { ...topic, lastTerms: topic.priorTerms },
            [],
            andForm,
          ),
          ctx,
          [],
        )
      : null;
  return earlier && earlier.confidence >= MIN_CONFIDENCE ? earlier : found;
}
