/**
 * Driving the real bot through the local Discord emulator, shared by the benchmarks that do (bench:bot,
 * bench:scale): a seeded mix of interactions (/ask, /quote, /timeline, /sources, /help, autocomplete, the
 * four buttons, DMs), sent at a steady rate or with a fixed number in flight, each timed from the emulator
 * dispatching it to the bot's answer arriving.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ApplicationCommandOptionType,
  MessageFlags,
  type APIApplicationCommandInteractionDataOption,
  type InteractionType,
} from 'discord.js';
import { RESTARTING, SOMETHING_WENT_WRONG } from '../src/bot/interactions.ts';
import { REPO_ROOT } from '../src/paths.ts';
import type { DiscordEmulator, RecordedCall } from '../tests/emulator/discord-emulator.ts';
import { seededRandom } from './random.ts';

/** Interactions sent before measuring, so the engine, the client and the emulator are warm. */
export const WARMUP = 300;
const WAIT_MS = 10_000;
export type Option = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;
export type Kind =
  | 'ask'
  | 'quote'
  | 'timeline'
  | 'sources'
  | 'help'
  | 'autocomplete'
  | 'button:sources'
  | 'button:more'
  | 'button:vote'
  | 'dm';

/** The mix, in parts of 100. */
export const MIX: Array<[Kind, number]> = [
  ['ask', 30],
  ['quote', 8],
  ['timeline', 4],
  ['sources', 4],
  ['help', 4],
  ['autocomplete', 20],
  ['button:sources', 6],
  ['button:more', 6],
  ['button:vote', 6],
  ['dm', 12],
];

export interface Item {
  kind: Kind;
  userId: string;
  question: string;
}

export interface Sample {
  kind: Kind;
  /** performance.now() from just before dispatch to the emulator having the answer. */
  ms: number;
  /** Emulator clock (1 ms resolution): dispatch to arrival of the answer's request. */
  arrivalMs: number;
  ok: boolean;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function stats(values: readonly number[]): { n: number; p50: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

export function fmt(ms: number): string {
  return `${ms.toFixed(2)} ms`;
}

export async function questionsFromEval(): Promise<string[]> {
  const data = JSON.parse(await readFile(join(REPO_ROOT, 'tests', 'eval', 'questions.json'), 'utf8')) as {
    items: Array<{ q: string; context?: unknown }>;
  };
  return data.items.filter((i) => i.context === undefined && typeof i.q === 'string').map((i) => i.q);
}

export function planItems(count: number, users: number, random: () => number, questions: string[]): Item[] {
  const total = MIX.reduce((n, [, w]) => n + w, 0);
  const items: Item[] = [];
  for (let i = 0; i < count; i++) {
    let r = random() * total;
    let kind: Kind = 'ask';
    for (const [k, w] of MIX) {
      if ((r -= w) < 0) {
        kind = k;
        break;
      }
    }
    const userId = String(600_000_000_000_000_000n + BigInt(Math.floor(random() * users)));
    items.push({ kind, userId, question: questions[Math.floor(random() * questions.length)] ?? 'help' });
  }
  return items;
}

export interface Target {
  emu: DiscordEmulator;
  speakers: string[];
  /** The latest answered /ask per user: interaction id and message id, for buttons. */
  lastAnswer: Map<string, { interactionId: string; messageId: string }>;
}

export function str(name: string, value: string): Option {
  return { name, type: ApplicationCommandOptionType.String, value };
}

/** Sends one item and resolves with its sample once the emulator has the answer. */
export async function send(target: Target, item: Item, random: () => number): Promise<Sample> {
  const { emu } = target;
  const user = { id: item.userId, username: `bench-${item.userId.slice(-3)}` };
  let kind = item.kind;
  const previous = target.lastAnswer.get(item.userId);
  if (kind.startsWith('button:') && previous === undefined) kind = 'ask';
  const started = performance.now();
  let dispatchedAt = Date.now();
  let wait: Promise<RecordedCall>;
  let interactionId: string | null = null;
  let messageId: string | null = null;
  switch (kind) {
    case 'dm': {
      messageId = emu.sendMessage({ dm: true, content: item.question, author: user });
      const id = messageId;
      wait = emu.waitForCall(
        (c) =>
          c.method === 'POST' &&
          (c.body as { message_reference?: { message_id?: string } } | null)?.message_reference
            ?.message_id === id,
        WAIT_MS,
      );
      break;
    }
    case 'autocomplete': {
      const quote = random() < 0.3;
      const typed = quote
        ? (target.speakers[Math.floor(random() * target.speakers.length)] ?? 'a').slice(
            0,
            1 + Math.floor(random() * 5),
          )
        : item.question.slice(0, Math.floor(random() * item.question.length));
      interactionId = emu.sendAutocomplete({
        name: quote ? 'quote' : 'ask',
        options: [
          {
            name: quote ? 'speaker' : 'question',
            type: ApplicationCommandOptionType.String,
            value: typed,
            focused: true,
          },
        ],
        user,
      });
      wait = emu.waitForCallback(interactionId, WAIT_MS);
      break;
    }
    case 'button:sources':
    case 'button:more':
    case 'button:vote': {
      const answer = previous as { interactionId: string; messageId: string };
      const customId =
        kind === 'button:sources'
          ? `bb:src:${answer.interactionId}`
          : kind === 'button:more'
            ? `bb:more:${answer.interactionId}:${item.userId}`
            : `bb:${random() < 0.7 ? 'up' : 'down'}:${answer.interactionId}`;
      interactionId = emu.sendButton({ customId, messageId: answer.messageId, user });
      wait = emu.waitForCallback(interactionId, WAIT_MS);
      break;
    }
    default: {
      const options: Option[] =
        kind === 'ask'
          ? [str('question', item.question)]
          : kind === 'quote'
            ? [str('speaker', target.speakers[Math.floor(random() * target.speakers.length)] ?? 'Trump')]
            : kind === 'timeline'
              ? [str('from', random() < 0.5 ? '2018' : '2025')]
              : [];
      interactionId = emu.sendChatInput({ name: kind, options, user });
      wait = emu.waitForCallback(interactionId, WAIT_MS);
    }
  }
  if (interactionId !== null) dispatchedAt = emu.interaction(interactionId)?.createdAt ?? dispatchedAt;
  const call = await wait;
  const ms = performance.now() - started;
  const body = JSON.stringify(call.body);
  const ok =
    call.status >= 200 &&
    call.status < 300 &&
    !body.includes(SOMETHING_WENT_WRONG) &&
    !body.includes(RESTARTING);
  if (kind === 'ask' && interactionId !== null && ok) {
    const message = emu.originalMessage(interactionId);
    if (message !== undefined && ((message.flags ?? 0) & MessageFlags.Ephemeral) === 0)
      target.lastAnswer.set(item.userId, { interactionId, messageId: message.id });
  }
  // Keep the emulator's call log short: its waiters scan it on every event.
  const index = emu.calls.indexOf(call);
  if (index !== -1) emu.calls.splice(index, 1);
  return { kind, ms, arrivalMs: call.at - dispatchedAt, ok };
}

/**
 * Sends `items` at a steady `rate` per second whatever the answers' pace (open loop: queueing shows in
 * the latency), or, with `rate` 0, keeps `concurrency` in flight (closed loop).
 */
export async function drive(
  target: Target,
  items: readonly Item[],
  load: { rate: number; concurrency: number },
  seed: number,
): Promise<Sample[]> {
  const random = seededRandom(seed);
  if (load.rate > 0) {
    const interval = 1000 / load.rate;
    const started = performance.now();
    const pending: Array<Promise<Sample>> = [];
    for (const [i, item] of items.entries()) {
      const due = started + i * interval - performance.now();
      if (due > 1) await sleep(due);
      pending.push(send(target, item, random));
    }
    return Promise.all(pending);
  }
  const samples: Sample[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as Item;
      samples.push(await send(target, item, random));
    }
  };
  await Promise.all(Array.from({ length: load.concurrency }, worker));
  return samples;
}
