/**
 * `npm run bench:bot [-- --interactions 1000 --rate 200 --users 40 --seed 7]`: the real bot through the
 * local Discord emulator under a mixed load (/ask, /quote, /timeline, /sources, /help, autocomplete, the
 * four buttons, DMs), measuring for each one the time from the emulator dispatching it to the bot's answer
 * arriving, and checking that every one was answered. Interactions are sent at a steady rate (open loop);
 * `--rate 0 --concurrency N` keeps N in flight instead. Above about 400/s with this mix, DM replies exceed
 * Discord's global limit of 50 REST requests per second, which discord.js enforces by queueing them.
 *
 * Two peers measured in the same run put the figure in context: the engine alone on the same questions
 * (what answering costs without Discord), and a bare discord.js client that replies "ok" to the same mix
 * through the same emulator (what the transport costs without the bot).
 */
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  ApplicationCommandOptionType,
  Client,
  Events,
  MessageFlags,
  Partials,
  type APIApplicationCommandInteractionDataOption,
  type InteractionType,
} from 'discord.js';
import { createRuntime } from '../src/answer/create.ts';
import { BOT_INTENTS, knowledgePathsIn, startBot } from '../src/bot/bot.ts';
import { deployCommands } from '../src/bot/deploy.ts';
import { RESTARTING, SOMETHING_WENT_WRONG } from '../src/bot/interactions.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { KNOWLEDGE_DIR, REPO_ROOT } from '../src/paths.ts';
import { createStore } from '../src/store.ts';
import { emulatorClientOptions } from '../tests/emulator/client-options.ts';
import { DiscordEmulator, type RecordedCall } from '../tests/emulator/discord-emulator.ts';
import { seededRandom } from './random.ts';

const TOKEN = `bench-token-${'x'.repeat(40)}`;
const TARGET_P99_MS = 50;
const WARMUP = 300;
const WAIT_MS = 10_000;

type Option = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;
type Kind =
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
const MIX: Array<[Kind, number]> = [
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

interface Item {
  kind: Kind;
  userId: string;
  question: string;
}

interface Sample {
  kind: Kind;
  /** performance.now() from just before dispatch to the emulator having the answer. */
  ms: number;
  /** Emulator clock (1 ms resolution): dispatch to arrival of the answer's request. */
  arrivalMs: number;
  ok: boolean;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function stats(values: readonly number[]): { n: number; p50: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

function fmt(ms: number): string {
  return `${ms.toFixed(2)} ms`;
}

async function questionsFromEval(): Promise<string[]> {
  const data = JSON.parse(await readFile(join(REPO_ROOT, 'tests', 'eval', 'questions.json'), 'utf8')) as {
    items: Array<{ q: string; context?: unknown }>;
  };
  return data.items.filter((i) => i.context === undefined && typeof i.q === 'string').map((i) => i.q);
}

function planItems(count: number, users: number, random: () => number, questions: string[]): Item[] {
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

interface Target {
  emu: DiscordEmulator;
  speakers: string[];
  /** The latest answered /ask per user: interaction id and message id, for buttons. */
  lastAnswer: Map<string, { interactionId: string; messageId: string }>;
}

function str(name: string, value: string): Option {
  return { name, type: ApplicationCommandOptionType.String, value };
}

/** Sends one item and resolves with its sample once the emulator has the answer. */
async function send(target: Target, item: Item, random: () => number): Promise<Sample> {
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
async function drive(
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

/** A discord.js client that answers everything with a fixed reply: the transport alone. */
async function startBareClient(emu: DiscordEmulator): Promise<Client> {
  const client = new Client({
    intents: [...BOT_INTENTS],
    partials: [Partials.Channel],
    ...emulatorClientOptions(emu.apiUrl),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isAutocomplete()) void interaction.respond([{ name: 'ok', value: 'ok' }]);
    else if (interaction.isRepliable())
      void interaction.reply({ content: 'ok', allowedMentions: { parse: [] } });
  });
  client.on(Events.MessageCreate, (message) => {
    if (!message.author.bot) void message.reply({ content: 'ok', allowedMentions: { parse: [] } });
  });
  const ready = once(client, Events.ClientReady);
  await client.login(TOKEN);
  await ready;
  return client;
}

function report(title: string, samples: readonly Sample[]): void {
  const all = stats(samples.map((s) => s.ms));
  const arrival = stats(samples.map((s) => s.arrivalMs));
  console.log(`\n${title}: ${samples.length} interactions, ${samples.filter((s) => s.ok).length} answered`);
  console.log(
    `  dispatch → answer (performance.now): p50 ${fmt(all.p50)}  p99 ${fmt(all.p99)}  max ${fmt(all.max)}`,
  );
  console.log(
    `  dispatch → arrival (emulator clock, 1 ms steps): p50 ${arrival.p50} ms  p99 ${arrival.p99} ms`,
  );
  const kinds = [...new Set(samples.map((s) => s.kind))].sort();
  for (const kind of kinds) {
    const s = stats(samples.filter((x) => x.kind === kind).map((x) => x.ms));
    console.log(
      `    ${kind.padEnd(15)} n=${String(s.n).padStart(4)}  p50 ${fmt(s.p50).padStart(9)}  p99 ${fmt(s.p99).padStart(9)}`,
    );
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      interactions: { type: 'string', default: '1000' },
      rate: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '4' },
      users: { type: 'string', default: '40' },
      seed: { type: 'string', default: '7' },
    },
  });
  const count = Number(values.interactions);
  const load = { rate: Number(values.rate), concurrency: Number(values.concurrency) };
  const users = Number(values.users);
  const seed = Number(values.seed);
  const questions = await questionsFromEval();

  const emu = await DiscordEmulator.start({ botUser: { username: 'border-brief' } });
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: emu.apiUrl,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '10000',
  });
  let errors = 0;
  const logger = createLogger({ level: 'error', write: () => void (errors += 1) });
  const store = createStore(null);
  const runtime = await createRuntime({
    knowledgeDir: KNOWLEDGE_DIR,
    kbPath: join(KNOWLEDGE_DIR, 'kb.json'),
    store,
  });
  await deployCommands({
    token: TOKEN,
    apiUrl: emu.apiUrl,
    applicationId: null,
    guildId: emu.defaultGuildId,
  });
  const bot = await startBot({
    config,
    runtime,
    store,
    logger,
    paths: knowledgePathsIn(KNOWLEDGE_DIR),
    clientOptions: { ws: emulatorClientOptions(emu.apiUrl).ws },
  });
  const speakers = runtime.engine.suggestSpeakers('').map((s) => s.value);
  const items = planItems(count, users, seededRandom(seed), questions);
  const warmup = planItems(WARMUP, users, seededRandom(seed + 1), questions);

  console.log(
    `bench:bot — ${count} mixed interactions ${load.rate > 0 ? `at ${load.rate}/s` : `${load.concurrency} in flight`}, ${users} users, knowledge ${runtime.kb.version.slice(0, 8)} ` +
      `(${runtime.kb.counts.sources} sources), Node ${process.version}`,
  );
  const target: Target = { emu, speakers, lastAnswer: new Map() };
  // Warm up: every question once through the engine, then a few hundred interactions through the bot.
  for (const q of questions) await runtime.engine.ask(q, { userId: 'warmup' });
  // The timeline pictures the mix asks for are drawn once per knowledge version, in a worker thread that
  // starts with the bot: wait for them, so the run measures answering, not that thread starting.
  for (const from of ['2018', '2025']) {
    const chart = runtime.engine.timeline(from, null).chart;
    if (chart) await bot.context.charts.render(chart, runtime.kb.version);
  }
  await drive(target, warmup, load, seed + 1);
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const wall = performance.now();
  const samples = await drive(target, items, load, seed);
  const wallMs = performance.now() - wall;
  loop.disable();
  report('border-brief bot', samples);
  console.log(
    `  throughput ${(samples.length / (wallMs / 1000)).toFixed(0)} interactions/s; errors logged by the bot: ${errors}; ` +
      `event loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms`,
  );
  await bot.stop();

  // Peer 1: the engine alone, same questions, same run.
  const engineMs: number[] = [];
  for (const item of items) {
    if (item.kind !== 'ask' && item.kind !== 'dm') continue;
    const started = performance.now();
    await runtime.engine.ask(item.question, { userId: `peer-${item.userId}` });
    engineMs.push(performance.now() - started);
  }
  const engine = stats(engineMs);

  // Peer 2: a bare discord.js client replying "ok" through the same emulator.
  const bare = await startBareClient(emu);
  const bareTarget: Target = { emu, speakers, lastAnswer: new Map() };
  await drive(bareTarget, warmup, load, seed + 1);
  const bareSamples = await drive(bareTarget, items, load, seed);
  await bare.destroy();
  report('peer: bare discord.js client replying "ok"', bareSamples);
  await emu.stop();

  const bot99 = stats(samples.map((s) => s.ms));
  const bareStats = stats(bareSamples.map((s) => s.ms));
  const questionsOnly = stats(samples.filter((s) => s.kind === 'ask' || s.kind === 'dm').map((s) => s.ms));
  console.log(
    `\npeer: engine alone on the same ${engine.n} questions: p50 ${fmt(engine.p50)}  p99 ${fmt(engine.p99)}`,
  );
  console.log(
    `bot /ask + DM questions: p50 ${fmt(questionsOnly.p50)} (${(questionsOnly.p50 / engine.p50).toFixed(1)}× the engine alone), ` +
      `p99 ${fmt(questionsOnly.p99)}`,
  );
  console.log(
    `bot overall vs bare client: p50 ${(bot99.p50 / bareStats.p50).toFixed(2)}×, p99 ${(bot99.p99 / bareStats.p99).toFixed(2)}×`,
  );
  const answered = samples.filter((s) => s.ok).length;
  const pass = answered === samples.length && errors === 0 && bot99.p99 <= TARGET_P99_MS;
  console.log(
    `\n${pass ? 'PASS' : 'FAIL'}: ${answered}/${samples.length} answered, p99 ${fmt(bot99.p99)} (target ≤ ${TARGET_P99_MS} ms)`,
  );
  return pass ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:bot: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
