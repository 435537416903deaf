/** `/quote speaker [topic]`: what a person said in the coverage, word for word. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../src/bot/answering.ts';
import type { Command } from '../src/bot/command.ts';
import { toChoices } from '../src/bot/render.ts';

const MAX_NAME_CHARS = 100;
const MAX_TOPIC_CHARS = 200;

export default {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('What someone said in the coverage, quoted word for word')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((option) =>
      option
        .setName('speaker')
        .setDescription('Who, e.g. Sheinbaum or AMLO')
        .setRequired(true)
        .setMaxLength(MAX_NAME_CHARS)
        .setAutocomplete(true),
    )
    .addStringOption((option) =>
      option
        .setName('topic')
        .setDescription('Only quotes about this, e.g. sovereignty')
        .setMaxLength(MAX_TOPIC_CHARS),
    ),
  async execute(interaction, context) {
    const speaker = interaction.options.getString('speaker', true);
    const topic = interaction.options.getString('topic');
    await replyWithAnswer(interaction, context, {
      question: `What did ${speaker} say${topic ? ` about ${topic}` : ''}?`,
      origin: 'quote',
      produce: () => context.engine.quotes(speaker, topic, { userId: interaction.user.id }),
    });
  },
  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    await interaction.respond(
      focused.name === 'speaker' ? toChoices(context.engine.suggestSpeakers(focused.value)) : [],
    );
  },
} satisfies Command;
