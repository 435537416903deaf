/** `/timeline [from] [to]`: dated events in order, with their sources. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../src/bot/answering.ts';
import type { Command } from '../src/bot/command.ts';

const DATE_CHARS = 10;

export default {
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('Dated events in the coverage, in order')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((option) =>
      option
        .setName('from')
        .setDescription('From, e.g. 2018, 2019-06 or 2025-05-03')
        .setMaxLength(DATE_CHARS),
    )
    .addStringOption((option) =>
      option.setName('to').setDescription('To, e.g. 2019 or 2025-05').setMaxLength(DATE_CHARS),
    ),
  async execute(interaction, context) {
    const from = interaction.options.getString('from')?.trim() || null;
    const to = interaction.options.getString('to')?.trim() || null;
    await replyWithAnswer(interaction, context, {
      question: `timeline ${from ?? '…'} to ${to ?? '…'}`,
      origin: 'timeline',
      produce: () => context.engine.timeline(from, to),
    });
  },
} satisfies Command;
