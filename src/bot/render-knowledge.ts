/**
 * The moderators' reports → Discord message payloads: `/kb status`, and what `/kb refresh` and `/kb add` changed.
 * Pure, within Discord's limits, pinging no one, with every id, name and question shown inert (`safe-text.ts`).
 */
import { type APIEmbedField, inlineCode } from 'discord.js';
import type { KnowledgeCounts } from '../knowledge/schema.ts';
import { clip, COLOR_OK, COLOR_REFUSED, fitEmbed, NO_MENTIONS, type MessagePayload } from './render.ts';
import { inertText } from './safe-text.ts';
import type { ServedVersion } from './shared-knowledge.ts';
import type { FeedbackTotals, RefreshEntry, UnansweredQuestion } from './state.ts';

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
