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
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client, Events, Partials } from 'discord.js';
import { createRuntime } from '../src/answer/create.ts';
import { BOT_INTENTS, knowledgePathsIn, startBot } from '../src/bot/bot.ts';
import { deployCommands } from '../src/bot/deploy.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';
import { emulatorClientOptions } from '../tests/emulator/client-options.ts';
import { DiscordEmulator } from '../tests/emulator/discord-emulator.ts';
import {
  drive,
  fmt,
  planItems,
  questionsFromEval,
  stats,
  WARMUP,
  type Sample,
  type Target,
} from './interactions.ts';
import { seededRandom } from './random.ts';

const TOKEN = `bench-token-${'x'.repeat(40)}`;
const TARGET_P99_MS = 50;

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
