/**
 * The draft a question is answered with, after the engine (engine.ts) has dispatched it: the checks of
 * `draft-gates.ts` decide whether a draft fits the question, and what does not fit is tried again — a
 * follow-up in the last answer's articles, a later part of a message by its own words in the story the
 * other parts found, a date or figure in the articles that say the question's names — before the asked
 * place is checked. Evidence that says the asked thing is not known gives the decline its words. Reads one
 * {@link GateInput}: the state of the question once its first drafts are made.
 */
import { draftOfNames } from './asked-names.ts';
import { draftOfAskedPlace } from './asked-place.ts';
import { withContext } from './conversation.ts';
import { dispatch } from './dispatch.ts';
import { draftGates } from './draft-gates.ts';
import { MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
import { laterPart, type ShownEvidence } from './join.ts';
import type { ConversationState } from './memory.ts';
import { ownWordsInStory } from './part-own-words.ts';
import { firstPartPastLater } from './part-yields.ts';
import { declinesWithReason } from './replies.ts';
import { retriedDraft } from './retry-drafts.ts';
import { withQuestionAnswered } from './question-in-evidence.ts';
import { unknownReported } from './stated-unknown.ts';
import type { AnswerIntent, DeclineStage, GateProbe } from './types.ts';
import type { Understanding } from './understand.ts';

/** What the gates read of the question being answered. */
export interface GateInput {
  /** The question as read, without what a follow-up carries from the conversation. */
  u: Understanding;
  /** The question as answered: `u` with a follow-up's topic. */
  effective: Understanding;
  /** The question's words as read again with another context (a later part's own context). */
  asked: string;
  /** True when `u` is the question as written (not a name read as "who is …"). */
  asWritten: boolean;
  intent: AnswerIntent;
  /** The conversation as a follow-up reads its topic (`topicAfterDecline`). */
  topic: ConversationState;
  focus: readonly string[];
  /** True for an "and …?" follow-up. */
  andForm: boolean;
  /** The context the drafts were dispatched with. */
  ctx: Context;
  /** True when the question compares alternatives: its draft is not tried again. */
  compared: boolean;
  /** The first draft, and the one of the last answer's articles (null when they were not asked). */
  draft: Draft | null;
  onTopicDraft: Draft | null;
  /** The evidence a message's earlier parts showed, and a later part's own context (see the engine's Frame). */
  earlier: ShownEvidence | undefined;
  ownContext: string | null | undefined;
  /** A message's first part: the parts asked after it. */
  laterParts?: readonly string[] | undefined;
  trace: ((stage: DeclineStage) => void) | undefined;
  /** Developers' studies only (`AskOptions.probe`, `AskOptions.skipGates`). */
  probe?: ((p: GateProbe) => void) | undefined;
  skipGates?: readonly DeclineStage[] | undefined;
}

/** The draft to show for `g`, or null when the coverage does not answer it (a "not covered" decline). */
export function gatedAnswer(g: GateInput): Draft | null {
  const { u, effective, intent, topic, focus, andForm, ctx, compared } = g;
  const { index, reader, conversation, followup } = ctx;
  const hasContext = ctx.conversational;
  // A follow-up whose draft repeats the last answer, shows the sentence just shown, or finds nothing on
  // the last topic: the drafts tried again.
  const earlierOrFound = retriedDraft(g.draft, g.onTopicDraft, { u, intent, topic, focus, andForm }, ctx);
  const all = draftGates(u, index, reader);
  const { saysUnknown, places } = all;
  const gates = g.skipGates ? all.gates.filter(([stage]) => !g.skipGates?.includes(stage)) : all.gates;
  const fits = (d: Draft | null): d is Draft => d !== null && gates.every(([, pass]) => pass(d));
  // A follow-up the whole coverage answers with nothing that holds, or answers only from other articles
  // while it names nothing new: the last answer's articles may.
  const inLastArticles =
    followup &&
    !compared &&
    conversation.lastSources.length > 0 &&
    (!fits(earlierOrFound) ||
      (g.ownContext === undefined && answeredElsewhere(earlierOrFound, u, conversation)))
      ? dispatch(intent, effective, { ...ctx, onTopic: true }, focus)
      : null;
  const previous = fits(inLastArticles) ? inLastArticles : earlierOrFound;
  // A later part of a message: the other parts found its story, its own words find the sentence there.
  const own =
    g.ownContext !== undefined && g.asWritten && !compared
      ? reader.read(g.asked, g.ownContext, hasContext ? conversation.lastSources : [])
      : null;
  const inStory = own
    ? ownWordsInStory(
        previous,
        followup ? withContext(own, topic, focus, andForm) : own,
        (o) => dispatch(intent, o, ctx, focus),
        fits,
      )
    : previous;
  const later = compared
    ? previous
    : laterPart(inStory, g.earlier, effective, ctx, (asked, c) => dispatch(intent, asked, c, focus));
  // A message's first part that landed on a later part's sentence: asked again past it.
  const best =
    compared || !g.laterParts
      ? later
      : firstPartPastLater(later, g.asked, g.laterParts, effective, ctx, {
          redo: (asked, c) => dispatch(intent, asked, c, focus),
          redoLater: (asked) => dispatch(asked.intent ?? 'what', asked, ctx, focus),
          fits,
        });
  // A date or figure from articles that never say a name asked about: found again in the articles that do.
  const named = fits(best)
    ? draftOfNames(
        best,
        effective,
        index,
        (w) => reader.isEnglishWord(w),
        (narrowed) => {
          const again = dispatch(intent, narrowed, ctx, focus);
          return fits(again) ? again : null;
        },
      )
    : null;
  // Checked of the draft of the articles that say the question's names: its place must be said by its value.
  const ofPlace = compared || !named || draftOfAskedPlace(named, places, index);
  const answered = ofPlace ? named : null;
  g.probe?.({
    draft: best,
    u: effective,
    ctx,
    failed: best ? all.gates.filter(([, pass]) => !pass(best)).map(([stage]) => stage) : [],
  });
  // A handler's decline that says why has no evidence: declined for that, not for its confidence.
  if (!answered && g.trace)
    g.trace(
      best && !declinesWithReason(best)
        ? (gates.find(([, pass]) => !pass(best))?.[0] ?? (named ? 'asked-place' : 'low-confidence'))
        : 'no-evidence',
    );
  // Evidence that says the asked thing is not known: the decline gives the article's words.
  const unknown =
    !answered && best && gates.every(([stage, pass]) => stage === 'stated-unknown' || pass(best))
      ? saysUnknown(best)
      : null;
  // A draft the checks let through under the bar (asked-said.ts) is shown at the bar the answer is shown from.
  const shown =
    answered && answered.confidence < MIN_CONFIDENCE ? { ...answered, confidence: MIN_CONFIDENCE } : answered;
  // "So who arrested the crew?" in a conversation, finding the interviewer asking about the Navy by the words
  // it carries: the answer after the question. Not a first question: "what was the rancher worried about?"
  // is answered by the caller's own question, and the colonel's reply is left for "what did he tell him?".
  if (shown) return hasContext ? withQuestionAnswered(shown, index) : shown;
  if (unknown) return unknownReported(index, intent, unknown);
  // A handler's decline that says why the coverage does not answer: its words, not "not covered".
  return best && declinesWithReason(best) ? best : null;
}

/**
 * True when a follow-up that names no person, body, place or year the conversation has not had is answered
 * only from articles the conversation has not been in ("how many of his men ended up prisoners?" answered
 * from another battle's article).
 */
function answeredElsewhere(draft: Draft, u: Understanding, conversation: ConversationState): boolean {
  if (u.years.length > 0 || u.entities.some((id) => !conversation.focus.includes(id))) return false;
  return (
    draft.evidence.length > 0 && draft.evidence.every((e) => !conversation.lastSources.includes(e.sourceId))
  );
}
