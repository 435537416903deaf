/** The buttons under an answer (Sources, More, 👍 and 👎) and under a `/kb add url:` preview (Add, Cancel). */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { replyWithAnswer } from './answering.ts';
import type { BotContext } from './command.ts';
import { parseButtonId, type ButtonAction } from './custom-ids.ts';
import { handleArticleButton } from './kb-add-url.ts';
import { notice, renderCitations, type MessagePayload } from './render.ts';

const VOTE_EMOJI = { up: '👍', down: '👎' } as const;

async function replyPrivately(interaction: ButtonInteraction, payload: MessagePayload): Promise<void> {
  await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

/** The sources listed on the answer message itself, for when the store no longer has the answer. */
function sourcesFromMessage(interaction: ButtonInteraction): string[] {
  return interaction.message.embeds.flatMap((embed) =>
    embed.fields.filter((f) => f.name.startsWith('Source')).flatMap((f) => f.value.split('\n')),
  );
}

async function showSources(
  interaction: ButtonInteraction,
  context: BotContext,
  answerId: string,
): Promise<void> {
  const record = await context.state.answer(answerId);
  if (record !== null) {
    await replyPrivately(interaction, renderCitations(record.citations, record.evidencePerSource));
    return;
  }
  const lines = sourcesFromMessage(interaction);
  await replyPrivately(
    interaction,
    notice(
      lines.length > 0
        ? `Sources of this answer:\n${lines.join('\n')}`
        : 'I no longer have the sources of this answer; ask the question again to see them.',
    ),
  );
}

async function showMore(
  interaction: ButtonInteraction,
  context: BotContext,
  action: Extract<ButtonAction, { action: 'more' }>,
): Promise<void> {
  if (interaction.user.id !== action.ownerId) {
    await replyPrivately(
      interaction,
      notice('More continues the conversation of whoever asked. Ask your own question with /ask — or DM me.'),
    );
    return;
  }
  const latest = await context.state.lastAnswerOf(action.ownerId);
  if (latest !== null && latest !== action.answerId) {
    await replyPrivately(
      interaction,
      notice('More follows your latest question. Press More under that answer, or ask this one again.'),
    );
    return;
  }
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  await replyWithAnswer(
    interaction,
    context,
    { question: 'more', origin: 'more', produce: () => context.engine.more(interaction.user.id) },
    { ephemeral },
  );
}

async function vote(
  interaction: ButtonInteraction,
  context: BotContext,
  action: Extract<ButtonAction, { action: 'vote' }>,
): Promise<void> {
  const outcome = await context.state.recordFeedback(action.answerId, interaction.user.id, action.vote);
  const emoji = VOTE_EMOJI[action.vote];
  const text = {
    recorded: `Thanks — your ${emoji} is recorded. It helps the moderators see which answers work.`,
    changed: `Thanks — your vote on this answer is now ${emoji}.`,
    unchanged: `You already gave this answer a ${emoji}.`,
    unavailable: `Thanks for the ${emoji}! I couldn't save it right now (storage is unavailable).`,
  }[outcome];
  await replyPrivately(interaction, notice(text));
}

/** Routes a button click; `false` when the button is not one of ours. */
export async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<boolean> {
  const action = parseButtonId(interaction.customId);
  if (action === null) return false;
  switch (action.action) {
    case 'sources':
      await showSources(interaction, context, action.answerId);
      break;
    case 'more':
      await showMore(interaction, context, action);
      break;
    case 'vote':
      await vote(interaction, context, action);
      break;
    case 'article':
      await handleArticleButton(interaction, context, action);
      break;
  }
  return true;
}
