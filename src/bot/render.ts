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
  inlineCode,
} from 'discord.js';
import { escapeMarkdown, formatDate, truncate } from '../answer/text.ts';
import type { Answer, AnswerIntent, Citation } from '../answer/types.ts';
import type { KnowledgeCounts } from '../knowledge/schema.ts';
import { buttonId } from './custom-ids.ts';
import { inertMarkdown, inertText, sourceLink } from './safe-text.ts';
import type { ServedVersion } from './shared-knowledge.ts';
import type { FeedbackTotals, RefreshEntry, UnansweredQuestion } from './state.ts';

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
const COLOR_REFUSED = 0xc0392b;
const COLOR_OK = 0x2e8b57;

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

/** What `/kb status` shows. */
export interface KnowledgeStatusView {
  version: string;
  builtAt: number | null;
  counts: KnowledgeCounts;
  refreshing: boolean;
  /** `null`: the store could not be read. */
  refreshes: RefreshEntry[] | null;
  feedback: FeedbackTotals | null;
  unanswered: UnansweredQuestion[] | null;
  storeAvailable: boolean;
  /**
   * With Redis, what every process serves (`served` is `null` when Redis did not answer); `null` for the
   * embedded store, where there is one process.
   */
  processes?: { served: ServedVersion[] | null; thisProcess: string | null } | null;
}

const STORE_DOWN = '_unavailable: the store is not answering_';

function discordTime(ms: number, style: 'R' | 'f' = 'R'): string {
  return `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/** Most processes listed in `/kb status`; the rest are counted. */
export const MAX_PROCESSES_SHOWN = 10;

function processesField(
  processes: NonNullable<KnowledgeStatusView['processes']>,
  version: string,
): APIEmbedField {
  const { served, thisProcess } = processes;
  if (served === null) return { name: 'Processes', value: STORE_DOWN };
  const lines = served
    .slice(0, MAX_PROCESSES_SHOWN)
    .map(
      (p) =>
        `${inertText(clip(p.process, 60))} serves \`${p.version.slice(0, 12)}\`${p.version === version ? '' : ' (a different version)'} since ${discordTime(p.since)}${p.process === thisProcess ? ' — this process' : ''}`,
    );
  if (served.length > MAX_PROCESSES_SHOWN) lines.push(`…and ${served.length - MAX_PROCESSES_SHOWN} more`);
  return {
    name: `Processes (${served.length})`,
    value: lines.length === 0 ? 'None has reported yet.' : lines.join('\n'),
  };
}

/** `/kb status`. */
export function renderKnowledgeStatus(view: KnowledgeStatusView): MessagePayload {
  const c = view.counts;
  const fields: APIEmbedField[] = [
    {
      name: 'Knowledge',
      value: [
        `Version \`${view.version.slice(0, 12)}\``,
        view.builtAt === null
          ? null
          : `Built ${discordTime(view.builtAt, 'f')} (${discordTime(view.builtAt)})`,
        view.refreshing ? 'A refresh is running now.' : null,
      ]
        .filter((x) => x !== null)
        .join('\n'),
    },
    {
      name: 'Counts',
      value: `${c.sources} sources · ${c.sentences} sentences · ${c.quotes} quotes · ${c.entities} entities · ${c.numbers} numbers · ${c.dates} dates · ${c.events} timeline events`,
    },
    {
      name: 'Last refreshes',
      value:
        view.refreshes === null
          ? STORE_DOWN
          : view.refreshes.length === 0
            ? 'None since the store was created.'
            : view.refreshes
                .map(
                  (r) =>
                    `${r.ok ? '✅' : '❌'} ${discordTime(r.at)} \`/kb ${r.action}\` by ${inertText(r.by.name)}: ${inertText(clip(r.summary, 160))}`,
                )
                .join('\n'),
    },
    {
      name: 'Feedback',
      value: view.feedback === null ? STORE_DOWN : `👍 ${view.feedback.up} · 👎 ${view.feedback.down}`,
    },
    {
      name: 'Most asked, not answered',
      value:
        view.unanswered === null
          ? STORE_DOWN
          : view.unanswered.length === 0
            ? 'Nothing yet.'
            : view.unanswered.map((q) => `${q.count}× “${inertText(clip(q.question, 90))}”`).join('\n'),
    },
  ];
  if (view.processes) fields.push(processesField(view.processes, view.version));
  if (!view.storeAvailable)
    fields.push({ name: 'Store', value: 'Not answering: rate limits, feedback and memory are paused.' });
  return {
    embeds: [fitEmbed({ title: 'Knowledge base status', color: COLOR_OK, fields })],
    allowedMentions: NO_MENTIONS,
  };
}

/** Ids added and removed between two versions of the knowledge. */
export interface IdChange {
  added: string[];
  removed: string[];
}

export interface KnowledgeChange {
  sources: IdChange;
  sentences: IdChange;
  quotes: IdChange;
}

export type RefreshOutcome =
  | {
      ok: true;
      previousVersion: string;
      version: string;
      change: KnowledgeChange;
      ms: number;
      counts: KnowledgeCounts;
      storedAs: string | null;
    }
  | { ok: false; reason: string };

/** An id or path in inline code, where Discord shows every character as typed; a backtick would end it early. */
function code(text: string): string {
  return inlineCode(text.replace(/`/g, "'"));
}

function plusMinus(change: IdChange): string {
  return `+${change.added.length} / −${change.removed.length}`;
}

/** One line saying what a refresh changed, for the history. */
export function summarizeRefresh(outcome: RefreshOutcome): string {
  if (!outcome.ok) return outcome.reason;
  if (outcome.previousVersion === outcome.version) return 'no change';
  const { sources, sentences, quotes } = outcome.change;
  return `sources ${plusMinus(sources)}, sentences ${plusMinus(sentences)}, quotes ${plusMinus(quotes)}`;
}

/** What the moderator sees after `/kb refresh` or `/kb add`. */
export function renderRefresh(outcome: RefreshOutcome, action: 'refresh' | 'add'): MessagePayload {
  if (!outcome.ok) {
    return {
      embeds: [
        fitEmbed({
          title: action === 'add' ? 'Article refused' : 'Refresh failed',
          description: `${inertText(clip(outcome.reason, 500))}\nNothing was changed: the bot still serves the same knowledge from the same sources.`,
          color: COLOR_REFUSED,
        }),
      ],
      allowedMentions: NO_MENTIONS,
    };
  }
  const { sources, sentences, quotes } = outcome.change;
  const unchanged = outcome.previousVersion === outcome.version;
  const list = (ids: string[]) =>
    ids.length === 0
      ? ''
      : `: ${ids.slice(0, 5).map(code).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`;
  const c = outcome.counts;
  const lines = unchanged
    ? [
        `Nothing changed: the sources build the knowledge already being served (version \`${outcome.version.slice(0, 12)}\`).`,
      ]
    : [
        `Now serving version \`${outcome.version.slice(0, 12)}\` (was \`${outcome.previousVersion.slice(0, 12)}\`), built in ${Math.round(outcome.ms)} ms.`,
        outcome.storedAs === null ? null : `Stored as ${code(outcome.storedAs)}.`,
        `Sources ${plusMinus(sources)}${list(sources.added)}${sources.removed.length > 0 ? ` (removed${list(sources.removed)})` : ''}`,
        `Sentences ${plusMinus(sentences)} · Quotes ${plusMinus(quotes)}`,
        `Totals: ${c.sources} sources, ${c.sentences} sentences, ${c.quotes} quotes.`,
      ].filter((x): x is string => x !== null);
  return {
    embeds: [
      fitEmbed({
        title: action === 'add' ? 'Article added' : 'Knowledge refreshed',
        description: lines.join('\n'),
        color: COLOR_OK,
      }),
    ],
    allowedMentions: NO_MENTIONS,
  };
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
