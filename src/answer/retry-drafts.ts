/**
 * The drafts a follow-up tries again when the first draft does not serve it. Three retries, each reading the
 * conversation: a draft that repeats the last answer is asked again without what was shown ("what else did
 * they say?"); a draft that finds the very sentence just shown reads on from it in its article ("Any
 * exceptions?"); and an "and …?" follow-up with no answer on the last topic asks the topic before it ("And in
 * 2018?" after a side question). The first draft itself ({@link firstDraft}) is kept to the articles a
 * follow-up points back to and to the story a message is about. The engine (engine.ts) gates what these return.
 */
import type { ConversationState } from './memory.ts';
import type { Understanding } from './understand.ts';
import type { AnswerIntent } from './types.ts';
import { confidenceOf, MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
import { dispatch } from './dispatch.ts';
import { onTopicOf } from './on-topic.ts';
import { topicWords, withContext } from './conversation.ts';
import { repeatsLastAnswer } from './fit.ts';
import { rememberedActor } from './remembered-actor.ts';
import { readingBackFromQuestion, readingOnFromShown, readingOnInStory } from './followup-next.ts';
import { draftWithin } from './draft-within.ts';
import { withSidesGrounded } from './unmatched-sides.ts';

/** What the first draft is chosen among, besides the question asked of all articles. */
export interface FirstDraftScope {
  /** A comparison's answer, when the question compares: its draft is the answer, whatever it is. */
  compared: { draft: Draft | null } | null;
  /** The draft of the last answer's articles (null when they were not asked): kept when it is sure. */
  onTopicDraft: Draft | null;
  /** The conversation's articles, when the follow-up points back to their event ("did it start?"). */
  pointedTo: readonly string[] | null;
  /** The story of the message the question is a part of (empty when none). */
  story: readonly string[];
}

/**
 * The first draft for `u`: a comparison's, else the last answer's articles' when sure, else the question
 * asked of all articles, kept to those "it" points to (nothing when they have no answer); a part of a message
 * answered from outside its story is asked again there, and keeps its draft when the story has no answer.
 */
export function firstDraft(
  u: Understanding,
  intent: AnswerIntent,
  ctx: Context,
  focus: readonly string[],
  { compared, onTopicDraft, pointedTo, story }: FirstDraftScope,
): Draft | null {
  if (compared) return withSidesGrounded(u, compared.draft, ctx, true);
  const asked = () => dispatch(intent, u, ctx, focus);
  const first =
    onTopicDraft && onTopicDraft.confidence >= MIN_CONFIDENCE
      ? onTopicDraft
      : pointedTo
        ? draftWithin(asked(), pointedTo, () => dispatch(intent, u, { ...ctx, onTopic: true }, focus), {
            minConfidence: 0,
            fallBack: 'within',
          })
        : asked();
  const inStory =
    story.length === 0 || u.outletSourceIds.length > 0
      ? first
      : draftWithin(first, story, () => dispatch(intent, { ...u, outletSourceIds: [...story] }, ctx, focus), {
          minConfidence: MIN_CONFIDENCE,
          fallBack: 'draft',
        });
  return withSidesGrounded(u, inStory, ctx, false);
}

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
    repeatsLastAnswer(draft, conversation, u.content.length + (rememberedActor(u, ctx) ? 1 : 0), intent)
      ? dispatch(
          intent,
          onTopicAnswer ? onTopicOf(u, topic) : withContext(u, topic, freshFocus, andForm),
          { ...ctx, excludeShown: true, onTopic: onTopicAnswer },
          freshFocus,
        )
      : null;
  const freshOrDraft = fresh && fresh.confidence >= MIN_CONFIDENCE ? fresh : draft;
  // "Any exceptions?" that finds the sentence just shown: the article read on from it.
  const asked = u.content.map((l) => [l, ...ctx.reader.synonymsOf(l)]);
  const fromShown =
    followup && freshOrDraft && freshOrDraft.direct === null
      ? readingOnFromShown(freshOrDraft, asked, conversation, ctx.index)
      : freshOrDraft;
  // "What did he spend it on?" that finds the sentence setting the scene in the story: read on from it; one
  // that finds an interviewer's question there: read back to what it asks on from.
  const found =
    followup && fromShown
      ? readingBackFromQuestion(
          readingOnInStory(fromShown, conversation, ctx.index, asked),
          conversation,
          ctx.index,
          asked,
        )
      : fromShown;
  const readOn = found && freshOrDraft && found !== freshOrDraft ? remeasured(found, u, ctx) : found;
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
  return earlier && earlier.confidence >= MIN_CONFIDENCE ? earlier : readOn;
}

/**
 * `draft`, read on in its article (by {@link retriedDraft}), with the confidence its evidence earns of the
 * follow-up's own words when that is higher, and no headline. The draft was measured before it was read on, on
 * the sentence that sets the scene and against the topic carried and the person a pronoun was taken for; the
 * sentence read on from it stands in the story by its place and may be the one saying what is asked ("…never
 * spent the money on himself." → '"He bought a new stand for the shop…," Mr. Odom said.').
 */
export function remeasured(draft: Draft, u: Understanding, ctx: Context): Draft {
  if (draft.confidence >= MIN_CONFIDENCE || u.content.length === 0) return draft;
  const sentences = draft.evidence.flatMap((e) => (e.kind === 'sentence' ? [ctx.index.sentence(e.id)] : []));
  const quotes = draft.evidence.flatMap((e) => {
    const q = e.kind === 'quote' ? ctx.index.quoteById.get(e.id) : undefined;
    return q ? [q] : [];
  });
  const confidence = confidenceOf(u, ctx, sentences, quotes);
  // Its headline was read off the draft the bar turned down, not off the sentence that now earns it.
  return confidence > draft.confidence ? { ...draft, confidence, direct: null } : draft;
}
