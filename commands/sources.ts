/** `/sources`: every article the bot answers from, with outlet, date, link and counts. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/bot/command.ts';
import { renderAnswer } from '../src/bot/render.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('The news articles border-brief answers from')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),
  async execute(interaction, context) {
    await interaction.reply(
      renderAnswer(context.engine.sources(), {
        answerId: interaction.id,
        ownerId: interaction.user.id,
        more: false,
        feedback: false,
        knowledgeVersion: context.engine.knowledge.version,
      }),
    );
  },
} satisfies Command;
