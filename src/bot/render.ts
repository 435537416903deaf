/**
 * Answers and reports → Discord message payloads (plain API objects), within Discord's limits. Pure: no
 * client, no store. Every payload carries `allowedMentions: { parse: [] }` so nothing a reply contains can
 * ping anyone, and everything a user or an article supplied goes through `safe-text.ts` so none of it is a
 * link or markup.
 */
import {
  AttachmentBuilder,
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  type ApplicationCommandOptionChoiceData,
  hyperlink,
} from 'discord.js';
import { escapeMarkdown, formatDate, truncate } from '../answer/text.ts';
import type { Answer, AnswerIntent, Citation } from '../answer/types.ts';
import { buttonId } from './custom-ids.ts';
import { inertMarkdown, inertText, sourceLink } from './safe-text.ts';

export const MAX_CONTENT = 2000;
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4096;
export const MAX_EMBED_FIELDS = 25;
export const MAX_FIELD_NAME = 256;
export const MAX_FIELD_VALUE = 1024;
export const MAX_FOOTER = 2048;
export const MAX_EMBED_TOTAL = 6000;
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_CHARS = 100;
export const MAX_BUTTON_LABEL = 80;

/** An outlet's name in a citation line, so the line (and its link) is never cut by the field's limit. */
const MAX_OUTLET_IN_CITATION = 100;

/** Nobody is pinged by anything the bot sends, including the user it replies to. */
export const NO_MENTIONS = Object.freeze({ parse: [] as never[], repliedUser: false });

const COLOR_ANSWERED = 0x2f6fb3;
const COLOR_UNANSWERED = 0x8a94a6;
export const COLOR_REFUSED = 0xc0392b;
export const COLOR_OK = 0x2e8b57;

const INTENT_TITLES: Record<AnswerIntent, string> = {
  greeting: 'Hello',
  help: 'What you can ask border-brief',
  sources: 'What border-brief knows',
  quote: 'What was said',
  count: 'How many',
  date: 'When',
  who: 'Who',
  why: 'Why',
  what: 'What the coverage says',
  timeline: 'Timeline',
  out_of_scope: 'Outside what I cover',
};
const NOT_COVERED_TITLE = 'Not in the coverage';

type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** A message body: what `reply`, `editReply`, `followUp` and `send` accept. */
export interface MessagePayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  files?: AttachmentBuilder[];
  allowedMentions: typeof NO_MENTIONS;
}

/** A picture drawn for an answer (a timeline, a comparison). */
export interface AnswerImage {
  png: Uint8Array;
  /** The file name, e.g. `timeline.png`. */
  name: string;
  /** Alt text for screen readers. */
  description: string;
}

/** `payload` with `image` attached and shown as its first embed's picture (the text stays as it is). */
export function withImage(payload: MessagePayload, image: AnswerImage): MessagePayload {
  const [first, ...rest] = payload.embeds ?? [];
  if (first === undefined) return payload;
  return {
    ...payload,
    embeds: [{ ...first, image: { url: `attachment://${image.name}` } }, ...rest],
    files: [
      new AttachmentBuilder(Buffer.from(image.png), { name: image.name, description: image.description }),
    ],
  };
}

export interface AnswerRenderOptions {
  /** Id of the interaction or message the answer replies to; buttons refer to the answer by it. */
  answerId: string;
  /** Whose conversation the answer belongs to (for More). */
  ownerId: string;
  /** Offer More (the answer came from the user's conversation and showed evidence). */
  more: boolean;
  /** Offer 👍 / 👎. */
  feedback: boolean;
  /** Knowledge version, shown short in the footer. */
  knowledgeVersion?: string;
}

/** Cuts `text` to `max` characters, at a word boundary when one is near. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : truncate(text, max);
}

/** Plain text content within {@link MAX_CONTENT}. */
export function notice(text: string): MessagePayload {
  return { content: clip(text, MAX_CONTENT), allowedMentions: NO_MENTIONS };
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Brings an embed within every per-field limit and the 6,000-character total (fields go last-first, then the description shrinks). */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clip(out.title, MAX_EMBED_TITLE);
  if (out.description !== undefined) out.description = clip(out.description, MAX_EMBED_DESCRIPTION);
  if (out.footer !== undefined) out.footer = { ...out.footer, text: clip(out.footer.text, MAX_FOOTER) };
  if (out.fields !== undefined)
    out.fields = out.fields
      .slice(0, MAX_EMBED_FIELDS)
      .map((f) => ({ ...f, name: clip(f.name, MAX_FIELD_NAME), value: clip(f.value, MAX_FIELD_VALUE) }));
  while (embedLength(out) > MAX_EMBED_TOTAL && out.fields !== undefined && out.fields.length > 0)
    out.fields = out.fields.slice(0, -1);
  const excess = embedLength(out) - MAX_EMBED_TOTAL;
  if (excess > 0 && out.description !== undefined)
    out.description = clip(out.description, Math.max(1, out.description.length - excess));
  return out;
}

/** Name/value lines packed into as few fields as fit, the first named `name`, the rest "(continued)". */
export function linesToFields(name: string, lines: readonly string[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = '';
  for (const raw of lines) {
    const line = clip(raw, MAX_FIELD_VALUE);
    if (value !== '' && value.length + 1 + line.length > MAX_FIELD_VALUE) {
      fields.push({ name: fields.length === 0 ? name : `${name} (continued)`, value });
      value = '';
    }
    value = value === '' ? line : `${value}\n${line}`;
  }
  if (value !== '') fields.push({ name: fields.length === 0 ? name : `${name} (continued)`, value });
  return fields;
}

/** `[The Independent, 25 Jun 2019](<url>) — “Title”`: one citation as a line. */
export function citationLine(c: Citation): string {
  const label = inertText(`${clip(c.outlet, MAX_OUTLET_IN_CITATION)}, ${formatDate(c.published)}`);
  const link = sourceLink(c.url);
  const head = link === null ? `**${label}**` : hyperlink(label, link);
  return `${head} — “${inertText(clip(c.title, 200))}”`;
}

/** The answer's markdown for an embed: without the bold direct answer (it is the title) or the sources line (it is a field). */
function describe(answer: Answer): string {
  let text = answer.text;
  if (answer.direct) {
    const bold = `**${escapeMarkdown(answer.direct)}**`;
    if (text.startsWith(bold)) text = text.slice(bold.length).replace(/^[ \t]*\n?/, '');
  }
  const lines = text.split('\n');
  if (answer.citations.length > 0 && lines.length > 1 && lines.at(-1)?.startsWith('-# ')) lines.pop();
  return inertMarkdown(lines.join('\n').trim(), citationAddresses(answer.citations));
}

function citationAddresses(citations: readonly Citation[]): string[] {
  return citations.flatMap((c) => (c.url === null ? [] : [c.url]));
}

function answerTitle(answer: Answer): string {
  if (answer.direct) return inertText(answer.direct.charAt(0).toUpperCase() + answer.direct.slice(1));
  const contentIntent = !['greeting', 'help', 'sources', 'out_of_scope'].includes(answer.answeredAs);
  if (contentIntent && !answer.answered && answer.answeredAs !== 'timeline') return NOT_COVERED_TITLE;
  return INTENT_TITLES[answer.answeredAs];
}

function button(
  customId: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  label: string | null,
  emoji: string | null,
): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id: customId,
    style,
    ...(label === null ? {} : { label: clip(label, MAX_BUTTON_LABEL) }),
    ...(emoji === null ? {} : { emoji: { name: emoji } }),
  };
}

/** An answer as an embed with its buttons: Sources, More, 👍, 👎 (each only when it applies). */
export function renderAnswer(answer: Answer, options: AnswerRenderOptions): MessagePayload {
  const fields: APIEmbedField[] = [];
  if (answer.citations.length > 0 && answer.answeredAs !== 'sources')
    fields.push(
      ...linesToFields(
        answer.citations.length === 1 ? 'Source' : 'Sources',
        answer.citations.map(citationLine),
      ),
    );
  if (answer.suggestions.length > 0)
    fields.push(
      ...linesToFields(
        'You could ask',
        answer.suggestions.map((s) => `• ${inertText(s)}`),
      ),
    );
  const description = describe(answer);
  const embed = fitEmbed({
    title: answerTitle(answer),
    ...(description === '' ? {} : { description }),
    color: answer.answered ? COLOR_ANSWERED : COLOR_UNANSWERED,
    ...(fields.length === 0 ? {} : { fields }),
    ...(options.knowledgeVersion === undefined
      ? {}
      : {
          footer: {
            text: `${answer.answered ? 'Quoted word for word from news coverage · ' : ''}knowledge ${options.knowledgeVersion.slice(0, 8)}`,
          },
        }),
  });
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (answer.citations.length > 0 && answer.answeredAs !== 'sources')
    buttons.push(
      button(
        buttonId({ action: 'sources', answerId: options.answerId }),
        ButtonStyle.Secondary,
        'Sources',
        null,
      ),
    );
  if (options.more)
    buttons.push(
      button(
        buttonId({ action: 'more', answerId: options.answerId, ownerId: options.ownerId }),
        ButtonStyle.Primary,
        'More',
        null,
      ),
    );
  if (options.feedback) {
    buttons.push(
      button(
        buttonId({ action: 'vote', vote: 'up', answerId: options.answerId }),
        ButtonStyle.Secondary,
        null,
        '👍',
      ),
    );
    buttons.push(
      button(
        buttonId({ action: 'vote', vote: 'down', answerId: options.answerId }),
        ButtonStyle.Secondary,
        null,
        '👎',
      ),
    );
  }
  return {
    embeds: [embed],
    components: buttons.length === 0 ? [] : [{ type: ComponentType.ActionRow, components: buttons }],
    allowedMentions: NO_MENTIONS,
  };
}

/** The Sources button's list: each citation with its link and how much of the answer came from it. */
export function renderCitations(
  citations: readonly Citation[],
  evidencePerSource: Record<string, number> = {},
): MessagePayload {
  if (citations.length === 0) return notice('This answer did not quote any article.');
  const lines = citations.map((c) => {
    const n = evidencePerSource[c.sourceId] ?? 0;
    const used = n > 0 ? `\n-# ${n} passage${n === 1 ? '' : 's'} of this answer` : '';
    const url = sourceLink(c.url);
    const link = url === null ? '\n-# no link published' : `\n${url}`;
    return `**${inertText(c.outlet)}**, ${formatDate(c.published)} — “${inertText(c.title)}”${link}${used}`;
  });
  return {
    embeds: [
      fitEmbed({
        title: citations.length === 1 ? 'Source of this answer' : 'Sources of this answer',
        description: lines.join('\n\n'),
        color: COLOR_ANSWERED,
      }),
    ],
    allowedMentions: NO_MENTIONS,
  };
}

/** Autocomplete choices within Discord's limits (25 choices, 1–100 characters each). */
export function toChoices(
  items: ReadonlyArray<string | { name: string; value: string }>,
): ApplicationCommandOptionChoiceData<string>[] {
  const out: ApplicationCommandOptionChoiceData<string>[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const { name, value } = typeof item === 'string' ? { name: item, value: item } : item;
    const choice = {
      name: clip(name.trim(), MAX_CHOICE_CHARS),
      value: value.trim().slice(0, MAX_CHOICE_CHARS),
    };
    if (choice.name === '' || choice.value === '' || seen.has(choice.value)) continue;
    seen.add(choice.value);
    out.push(choice);
    if (out.length === MAX_AUTOCOMPLETE_CHOICES) break;
  }
  return out;
}

/** `/help`: the engine's help with the other ways to ask. */
export function renderHelp(help: Answer, botName: string): MessagePayload {
  const name = inertText(botName);
  return {
    embeds: [
      fitEmbed({
        title: INTENT_TITLES.help,
        description: inertMarkdown(help.text, []),
        color: COLOR_ANSWERED,
        fields: [
          {
            name: 'Other ways to ask',
            value: [
              '• **DM me** a question, no command needed; follow-ups work (“what else did she say?”).',
              `• **Mention me** in a channel: @${name} how many troops did Mexico deploy?`,
              '• Under each answer: **Sources** lists the articles, **More** shows further evidence, 👍 / 👎 tell the moderators how it did.',
              '• `/quote speaker:` a person’s words · `/timeline from: to:` events in order · `/sources` the articles.',
            ].join('\n'),
          },
        ],
      }),
    ],
    allowedMentions: NO_MENTIONS,
  };
}
