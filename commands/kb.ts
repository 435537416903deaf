/**
 * `/kb status | refresh | add file: | add url: [date:]` — moderators only. Discord hides the command from members without
 * Manage Server by default, and the bot checks again every time (roles and DM moderators included).
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import type { Command } from '../src/bot/command.ts';
import { addOptionsProblem, previewArticle } from '../src/bot/kb-add-url.ts';
import { isModerator, moderatorOf } from '../src/bot/moderators.ts';
import { showRefreshProgress } from '../src/bot/progress.ts';
import { notice } from '../src/bot/render.ts';
import { renderKnowledgeStatus, renderRefresh } from '../src/bot/render-knowledge.ts';

/** Longest link accepted: Discord's own limit for a string option is 6,000; real article links are far shorter. */
const MAX_URL_OPTION = 2_000;

export default {
  data: new SlashCommandBuilder()
    .setName('kb')
    .setDescription('Moderators: the knowledge base behind the answers')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((sub) =>
      sub
        .setName('status')
        .setDescription('Version, counts, recent refreshes, feedback, unanswered questions'),
    )
    .addSubcommand((sub) =>
      sub.setName('refresh').setDescription('Rebuild the knowledge from the stored articles'),
    )
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Add an article (a .md/.txt file with front matter, or a link to it) and rebuild')
        .addAttachmentOption((option) =>
          option
            .setName('file')
            .setDescription(
              'The article as .md or .txt, with the same front matter as the others (up to 1 MB)',
            ),
        )
        .addStringOption((option) =>
          option
            .setName('url')
            .setDescription('A link to the article on the web: you see a preview first, then Add or Cancel')
            .setMaxLength(MAX_URL_OPTION),
        )
        .addStringOption((option) =>
          option
            .setName('date')
            .setDescription('With url: the publication date (YYYY-MM-DD), when the page does not give it')
            .setMinLength(10)
            .setMaxLength(10),
        ),
    ),
  async execute(interaction, context) {
    if (!isModerator(interaction, context.config)) {
      await interaction.reply({
        ...notice(
          'Only moderators can use /kb (Manage Server, a moderator role, or a listed moderator in DMs). Nothing was changed.',
        ),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const by = moderatorOf(interaction);
    const progress = (action: 'refresh' | 'add') =>
      showRefreshProgress(
        action,
        (payload) => interaction.editReply(payload),
        (err) => context.logger.warn({ err }, 'could not show /kb progress'),
      );
    switch (interaction.options.getSubcommand(true)) {
      case 'status':
        await interaction.editReply(renderKnowledgeStatus(await context.knowledge.status()));
        break;
      case 'refresh': {
        const shown = progress('refresh');
        const outcome = await context.knowledge.refresh(by, (p) => shown.report(p));
        await shown.settle();
        await interaction.editReply(renderRefresh(outcome, 'refresh'));
        break;
      }
      case 'add': {
        const file = interaction.options.getAttachment('file');
        const url = interaction.options.getString('url');
        const date = interaction.options.getString('date');
        const wrong = addOptionsProblem({ file: file !== null, url: url !== null, date: date !== null });
        if (wrong !== null) {
          await interaction.editReply(renderRefresh({ ok: false, reason: wrong }, 'add'));
          break;
        }
        if (url !== null) {
          await previewArticle(interaction, context, url, date);
          break;
        }
        if (file === null) break;
        const shown = progress('add');
        const outcome = await context.knowledge.addAttachment(
          { name: file.name, size: file.size, url: file.url },
          by,
          (p) => shown.report(p),
        );
        await shown.settle();
        await interaction.editReply(renderRefresh(outcome, 'add'));
        break;
      }
      default:
        await interaction.editReply(notice('Unknown /kb subcommand.'));
    }
  },
} satisfies Command;
