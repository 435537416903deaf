/**
 * The one path from a question to a reply, shared by `/ask`, `/quote`, `/timeline`, the More button, DMs and
 * mentions: rate limit, answer, remember the answer for its buttons, count it if unanswered, render.
 */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { CONTENT_INTENTS, type Answer, type AnswerChart, type AnswerIntent } from '../answer/types.ts';
import { describeChart } from '../charts/describe.ts';
import type { BotContext } from './command.ts';
import { notice, renderAnswer, withImage, type MessagePayload } from './render.ts';

/** Where a question came from; decides which buttons its answer gets. */
export type AnswerOrigin = 'ask' | 'quote' | 'timeline' | 'more' | 'message';

/** After this long without an answer, an interaction is deferred (Discord allows 3 s for the first response). */
export const DEFER_AFTER_MS = 1_500;

const CONVERSATIONAL: ReadonlySet<AnswerOrigin> = new Set(['ask', 'quote', 'more', 'message']);
/** Origins whose answer reads the user's conversation (a `/quote` names its speaker; a timeline needs none). */
const RECALLING: ReadonlySet<AnswerOrigin> = new Set(['ask', 'more', 'message']);

/** Said above a reply that may have needed the conversation while the store could not recall it. */
export const CONVERSATION_NOT_RECALLED =
  "I couldn't recall our conversation just now (my memory is unavailable for a moment), so I read this on its own. If it follows an earlier question, ask it in full — who or what you mean.";
const WITHOUT_FEEDBACK: ReadonlySet<AnswerIntent> = new Set(['greeting', 'help', 'sources']);
const COUNTED_UNANSWERED: ReadonlySet<AnswerIntent> = new Set([...CONTENT_INTENTS, 'out_of_scope']);

export interface QuestionRequest {
  userId: string;
  /** The interaction or message being answered; buttons refer to the answer by this id. */
  answerId: string;
  /** The question as the user put it, for the unanswered list. */
  question: string;
  origin: AnswerOrigin;
  produce: () => Answer | Promise<Answer>;
}

/** The user's reply when they ask faster than `RATE_LIMIT_PER_MINUTE` allows. */
export function rateLimited(retryAfterSeconds: number): MessagePayload {
  return notice(
    `You're asking faster than I can keep up with — try again in ${retryAfterSeconds} s. Until then, /sources and /help still work.`,
  );
}

/** Answers a question that already passed the rate limit, records it, and renders the reply. */
export async function prepareAnswer(context: BotContext, request: QuestionRequest): Promise<MessagePayload> {
  const answer = await request.produce();
  const more =
    CONVERSATIONAL.has(request.origin) &&
    answer.answered &&
    answer.evidence.length > 0 &&
    answer.answeredAs !== 'sources';
  const feedback = !WITHOUT_FEEDBACK.has(answer.answeredAs);
  const evidencePerSource: Record<string, number> = {};
  for (const e of answer.evidence) evidencePerSource[e.sourceId] = (evidencePerSource[e.sourceId] ?? 0) + 1;
  await Promise.all([
    more || feedback || answer.citations.length > 0
      ? context.state.recordAnswer(request.answerId, {
          userId: request.userId,
          question: request.question,
          answeredAs: answer.answeredAs,
          answered: answer.answered,
          citations: answer.citations,
          evidencePerSource,
          at: Date.now(),
        })
      : null,
    !answer.answered && COUNTED_UNANSWERED.has(answer.answeredAs) && request.origin !== 'more'
      ? context.state.recordUnanswered(request.question)
      : null,
  ]);
  const payload = renderAnswer(answer, {
    answerId: request.answerId,
    ownerId: request.userId,
    more,
    feedback,
    knowledgeVersion: context.engine.knowledge.version,
  });
  const withNotice = notRecalled(context, request, answer, payload);
  return answer.chart ? attachChart(context, answer.chart, withNotice) : withNotice;
}

/**
 * With the store away the engine saw no conversation: a follow-up reads as a question on its own, so a
 * decline (or More's help) must say why instead of passing for "outside what I cover".
 */
function notRecalled(
  context: BotContext,
  request: QuestionRequest,
  answer: Answer,
  payload: MessagePayload,
): MessagePayload {
  const unrecalled =
    RECALLING.has(request.origin) &&
    !context.state.available &&
    (!answer.answered || request.origin === 'more');
  if (!unrecalled) return payload;
  return {
    ...payload,
    content: [CONVERSATION_NOT_RECALLED, payload.content].filter(Boolean).join('\n\n'),
  };
}

/** `payload` with the answer's picture; without it (and a warning logged) when drawing fails. */
async function attachChart(
  context: BotContext,
  chart: AnswerChart,
  payload: MessagePayload,
): Promise<MessagePayload> {
  try {
    const image = await context.charts.render(chart, context.engine.knowledge.version);
    return withImage(payload, { png: image.png, name: image.name, description: describeChart(chart) });
  } catch (error) {
    context.logger.warn({ err: error, chart: chart.kind }, 'answer picture failed; answering without it');
    return payload;
  }
}

/**
 * Replies with `work`'s payload; if it takes longer than {@link DEFER_AFTER_MS}, defers first and edits the
 * reply when it is ready, so slow work never loses the interaction.
 */
export async function replyInTime(
  interaction: RepliableInteraction,
  work: () => Promise<MessagePayload>,
  options: { ephemeral: boolean; deferAfterMs?: number },
): Promise<void> {
  let deferring: Promise<unknown> | null = null;
  const timer = setTimeout(() => {
    deferring = interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    deferring.catch(() => undefined);
  }, options.deferAfterMs ?? DEFER_AFTER_MS);
  let payload: MessagePayload;
  try {
    payload = await work();
  } finally {
    clearTimeout(timer);
    if (deferring !== null) await deferring;
  }
  if (deferring !== null) await interaction.editReply(payload);
  else await interaction.reply(options.ephemeral ? { ...payload, flags: MessageFlags.Ephemeral } : payload);
}

/** Rate-limits, answers and replies to an interaction (publicly unless `ephemeral`). */
export async function replyWithAnswer(
  interaction: RepliableInteraction,
  context: BotContext,
  request: Omit<QuestionRequest, 'userId' | 'answerId'>,
  options: { ephemeral?: boolean } = {},
): Promise<void> {
  const decision = await context.state.takeQuestion(interaction.user.id);
  if (!decision.allowed) {
    await interaction.reply({ ...rateLimited(decision.retryAfterSeconds), flags: MessageFlags.Ephemeral });
    return;
  }
  await replyInTime(
    interaction,
    () => prepareAnswer(context, { ...request, userId: interaction.user.id, answerId: interaction.id }),
    { ephemeral: options.ephemeral ?? false },
  );
}
