/**
 * `/kb add url:` in Discord: the preview reply, then its Add and Cancel buttons. Add stores and rebuilds
 * through the same {@link KnowledgeManager.add} as an uploaded file (same checks, same lock, same replies).
 */
import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { ButtonAction } from './custom-ids.ts';
import type { BotContext } from './command.ts';
import { isModerator, moderatorOf } from './moderators.ts';
import { renderRefreshProgress, showRefreshProgress } from './progress.ts';
import { notice } from './render.ts';
import { renderRefresh } from './render-knowledge.ts';
import { renderArticlePreview, renderPreviewCancelled } from './render-article.ts';

/** Why `/kb add`'s options do not go together (one line), or `null` when they do: file: or url:, date: only with url:. */
export function addOptionsProblem(given: { file: boolean; url: boolean; date: boolean }): string | null {
  if (given.file === given.url)
    return 'give either file: (the article as a .md or .txt attachment) or url: (a link to it), one of the two';
  if (given.date && !given.url) return 'date: goes with url: (a file gives its date in its front matter)';
  return null;
}

/** Fetches and reads the article at `url` and edits the deferred reply into its preview, or one refusal line. */
export async function previewArticle(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  url: string,
  date: string | null,
): Promise<void> {
  const outcome = await context.articles.prepare({
    url,
    date,
    token: interaction.id,
    ownerId: interaction.user.id,
  });
  if (!outcome.ok) {
    const refused = await context.knowledge.refuseAdd(moderatorOf(interaction), outcome.reason);
    await interaction.editReply(renderRefresh(refused, 'add'));
    return;
  }
  context.logger.info(
    { action: 'add url', by: interaction.user.id, id: outcome.preview.meta.id },
    'knowledge preview',
  );
  await interaction.editReply(renderArticlePreview(outcome.preview));
}

/** Add or Cancel under a preview. */
export async function handleArticleButton(
  interaction: ButtonInteraction,
  context: BotContext,
  action: Extract<ButtonAction, { action: 'article' }>,
): Promise<void> {
  if (interaction.user.id !== action.ownerId || !isModerator(interaction, context.config)) {
    await interaction.reply({
      ...notice('Only the moderator who asked for this preview can add or cancel it. Nothing was changed.'),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const preview = context.articles.take(action.token, interaction.user.id);
  if (preview === null || preview === 'not yours') {
    await interaction.update({
      ...notice('This preview has expired or was already used; run /kb add url: again. Nothing was changed.'),
      embeds: [],
      components: [],
    });
    return;
  }
  if (action.choice === 'cancel') {
    await interaction.update(renderPreviewCancelled(preview.meta.title));
    return;
  }
  await interaction.update(renderRefreshProgress('add'));
  const shown = showRefreshProgress(
    'add',
    (payload) => interaction.editReply(payload),
    (err) => context.logger.warn({ err }, 'could not show /kb progress'),
  );
  const outcome = await context.knowledge.add(
    preview.fileName,
    preview.bytes,
    moderatorOf(interaction),
    (p) => shown.report(p),
  );
  await shown.settle();
  await interaction.editReply(renderRefresh(outcome, 'add'));
}
