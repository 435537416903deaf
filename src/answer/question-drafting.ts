/**
 * The draft shown for a question that passed the gates before drafting: a pick among the last answer's
 * sentences, a person's name asked for itself, a comparison, the last answer's articles for a question on
 * them, else the first draft dispatched by intent; then the checks of the draft (`gated-answer.ts`) that show
 * it or decline.
 */
import { answerAskedName, askedName } from './asked-name.ts';
import { answerCompared } from './comparison.ts';
import { dispatch } from './dispatch.ts';
import { gatedAnswer } from './gated-answer.ts';
import type { Context, Draft } from './handlers.ts';
import type { ShownEvidence } from './join.ts';
import { onTopicOf } from './on-topic.ts';
import type { QuestionInConversation } from './question-in-conversation.ts';
import { notCovered } from './replies.ts';
import { firstDraft } from './retry-drafts.ts';
import type { ServedKnowledge } from './served-knowledge.ts';
import { pointsToLastThing } from './thing-reference.ts';
import type { AskOptions, Intent } from './types.ts';
import type { Understanding } from './understand.ts';
import { pronounOnlyOfConversation } from './unresolved-pronoun.ts';
import { picksAmongLast, pickFromLastAnswer } from './which-of-those.ts';

/** What the engine shows for a question: the draft, the question it is remembered as, its surface intent. */
export interface DecidedReply {
  draft: Draft;
  understanding: Understanding;
  surface: Intent;
}

/** Where a question stands in its message: what the message's other parts showed and asked. */
export interface MessagePart {
  /** The evidence the message's earlier parts showed (a two-part message's second part), if any. */
  earlier?: ShownEvidence;
  /** A later part's message context without the message's other parts; unset for a message's first part. */
  ownContext?: string | null;
  /** The one article a message's parts together point to (`storyOfMessage`), if any. */
  story?: readonly string[];
  /** A message's first part: the parts asked after it, as written. */
  laterParts?: readonly string[];
  /** A part asked again beside another part's answer: that answer's sentences (see part-beside.ts). */
  beside?: ReadonlySet<string>;
}

/** The reply to `q` from the drafts: the draft the checks show, else a "not covered" decline. */
export function draftedReply(
  q: QuestionInConversation,
  served: ServedKnowledge,
  part: MessagePart,
  options: AskOptions,
): DecidedReply {
  const { u, effective, intent, reading, focus, topic, conversation, hasContext, context } = q;
  const { followup, andForm, onTopic } = reading;
  const ctx: Context = {
    index: served.index,
    reader: served.reader,
    conversation,
    followup,
    conversational: hasContext,
    excludeShown: reading.unshown,
    pointed: followup ? focus : [],
    ...(part.beside ? { beside: part.beside } : {}),
  };
  const picked = followup && picksAmongLast(u) ? pickFromLastAnswer(u, ctx, conversation) : null;
  if (picked) return { draft: picked, understanding: u, surface: 'followup' };
  // "What was Captain Heywood's first name?": the person's fullest name, or that the coverage does not give it.
  const name = askedName(u);
  const named = name ? answerAskedName(name, u, ctx, focus) : null;
  if (named) return { draft: named, understanding: u, surface: q.surface };
  const compared = answerCompared(u, effective, intent, ctx, focus);
  // A question on the last answer's articles is answered from them when they answer it, else as asked.
  // "How old was he?" with no "he" in the conversation: its articles first, which name whom it means.
  const ofConversation = onTopic || pronounOnlyOfConversation(u, followup, focus, conversation);
  const onTopicDraft =
    !compared && ofConversation
      ? dispatch(intent, onTopicOf(effective, topic), { ...ctx, onTopic: true }, focus)
      : null;
  const draft = firstDraft(effective, intent, ctx, focus, {
    compared,
    onTopicDraft,
    pointedTo: pointsToLastThing(u, hasContext && context === null, conversation)
      ? conversation.lastSources
      : null,
    // A part of a message about one story, answered from another article: asked again in that story.
    story: part.story ?? [],
  });
  const gated = gatedAnswer({
    u,
    effective,
    asked: q.asked,
    asWritten: q.asWritten,
    intent,
    topic,
    focus,
    andForm,
    ctx,
    compared: compared !== null,
    draft,
    onTopicDraft,
    earlier: part.earlier,
    ownContext: part.ownContext,
    laterParts: part.laterParts,
    trace: options.trace,
    probe: options.probe,
    skipGates: options.skipGates,
  });
  return {
    draft: gated ?? notCovered(served.index, intent),
    understanding: effective,
    surface: q.surface,
  };
}
