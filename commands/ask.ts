/** `/ask question`: the engine's answer as an embed with its sources and buttons. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_CHARS } from '../src/answer/text.ts';
import { replyWithAnswer } from '../src/bot/answering.ts';
import type { Command } from '../src/bot/command.ts';
import { toChoices } from '../src/bot/render.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about news coverage of US–Mexico border military policy')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('e.g. How many troops did Mexico deploy?')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_CHARS)
        .setAutocomplete(true),
    ),
  async execute(interaction, context) {
    const question = interaction.options.getString('question', true);
    await replyWithAnswer(interaction, context, {
      question,
      origin: 'ask',
      produce: () => context.engine.ask(question, { userId: interaction.user.id }),
    });
  },
  async autocomplete(interaction, context) {
    await interaction.respond(toChoices(context.engine.suggestQuestions(interaction.options.getFocused())));
  },
} satisfies Command;
