/** `/help`: what to ask, with examples from the knowledge, and the ways to ask. */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import type { Command } from '../src/bot/command.ts';
import { renderHelp } from '../src/bot/render.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What border-brief can answer, with examples')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),
  async execute(interaction, context) {
    await interaction.reply({
      ...renderHelp(context.engine.help(), interaction.client.user.username),
      flags: MessageFlags.Ephemeral,
    });
  },
} satisfies Command;
