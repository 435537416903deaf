/** What a moderator sees of a `/kb add url:` preview: the article as it would be stored, with Add / Cancel. */
import { ButtonStyle, ComponentType, type APIEmbedField } from 'discord.js';
import type { DroppedBlocks } from '../knowledge/web-article.ts';
import { PREVIEW_TTL_MS, type ArticlePreview } from './article-previews.ts';
import { buttonId } from './custom-ids.ts';
import { clip, fitEmbed, MAX_FIELD_VALUE, NO_MENTIONS, type MessagePayload } from './render.ts';
import { inertText, sourceLink } from './safe-text.ts';

/** Paragraphs of the report shown in the preview: enough to recognise the article. */
export const PREVIEW_PARAGRAPHS = 3;
const COLOR_PREVIEW = 0x2f6fb3;
const COLOR_CANCELLED = 0x8a94a6;

function count(n: number, one: string, many: string = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** `navigation 14 blocks (190 characters) · ads 6 (196) …`, or a note that nothing was left out. */
export function describeDropped(dropped: readonly DroppedBlocks[]): string {
  if (dropped.length === 0) return 'Nothing: the page held only the article.';
  return dropped
    .map((d) => `${d.kind}: ${count(d.blocks, 'block')} (${count(d.chars, 'character')})`)
    .join('\n');
}

/** The preview: title, outlet, date, address, first lines, what was left out; Add and Cancel buttons. */
export function renderArticlePreview(preview: ArticlePreview): MessagePayload {
  const { meta } = preview;
  const date =
    preview.dateFrom === 'date:'
      ? `${meta.published} (given with date:${preview.pageDate === null ? '' : `; the page says ${preview.pageDate}`})`
      : `${meta.published} (from ${preview.dateFrom})`;
  const lines = preview.paragraphs.slice(0, PREVIEW_PARAGRAPHS).map((p) => `> ${inertText(p)}`);
  const more = preview.paragraphs.length - PREVIEW_PARAGRAPHS;
  const fields: APIEmbedField[] = [
    {
      name: 'Outlet',
      value: `${inertText(meta.outlet)}${preview.outletFromAddress ? ' (the page names none: taken from its address)' : ''}`,
      inline: true,
    },
    { name: 'Published', value: date, inline: true },
    { name: 'Address', value: sourceLink(meta.url) ?? inertText(meta.url) },
    {
      name: 'First lines',
      value: clip(
        `${lines.join('\n')}${more > 0 ? `\n-# …and ${count(more, 'more paragraph')}` : ''}`,
        MAX_FIELD_VALUE,
      ),
    },
    {
      name: `Kept: ${count(preview.paragraphs.length, 'paragraph')}, ${count(preview.keptChars, 'character')}. Left out:`,
      value: describeDropped(preview.dropped),
    },
  ];
  const add = buttonId({ action: 'article', choice: 'add', token: preview.token, ownerId: preview.ownerId });
  const cancel = buttonId({
    action: 'article',
    choice: 'cancel',
    token: preview.token,
    ownerId: preview.ownerId,
  });
  return {
    embeds: [
      fitEmbed({
        title: `Add this article? ${inertText(meta.title)}`,
        description: `Stored as \`${meta.id}.md\` and built into the knowledge when you press **Add**; **Cancel** changes nothing.`,
        color: COLOR_PREVIEW,
        fields,
        footer: { text: `This preview expires in ${PREVIEW_TTL_MS / 60_000} minutes.` },
      }),
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          { type: ComponentType.Button, custom_id: add, style: ButtonStyle.Success, label: 'Add' },
          { type: ComponentType.Button, custom_id: cancel, style: ButtonStyle.Secondary, label: 'Cancel' },
        ],
      },
    ],
    allowedMentions: NO_MENTIONS,
  };
}

/** The preview after Cancel. */
export function renderPreviewCancelled(title: string): MessagePayload {
  return {
    embeds: [
      fitEmbed({
        title: 'Cancelled',
        description: `${inertText(title)} was not added. Nothing was changed.`,
        color: COLOR_CANCELLED,
      }),
    ],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
