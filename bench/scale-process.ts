/**
 * One bot process of `npm run bench:scale` (see bench/scale.ts): the real bot against its own Discord
 * emulator, driven from inside this process as bench:bot does, with the embedded store or `--keyv` Redis.
 * It warms up, prints `ready`, waits for a line on stdin (so several processes start together), sends
 * `--interactions` with `--concurrency` in flight, and prints one JSON line: when it started and finished
 * (ms since the epoch), each interaction's latency, how many were answered and the CPU time it used.
 */
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createRuntime } from '../src/answer/create.ts';
import { knowledgePathsIn, startBot } from '../src/bot/bot.ts';
import { deployCommands } from '../src/bot/deploy.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { KNOWLEDGE_DIR } from '../src/paths.ts';
import { closeStore, createStore } from '../src/store.ts';
import { emulatorClientOptions } from '../tests/emulator/client-options.ts';
import { DiscordEmulator } from '../tests/emulator/discord-emulator.ts';
import { drive, planItems, questionsFromEval, WARMUP, type Target } from './interactions.ts';
import { seededRandom } from './random.ts';

const TOKEN = `bench-token-${'x'.repeat(40)}`;

/** What the process reports. */
export interface ScaleProcessResult {
  startedAt: number;
  finishedAt: number;
  latenciesMs: number[];
  answered: number;
  errorsLogged: number;
  /** CPU time (user + system) this process spent while measuring: bot, emulator and driver. */
  cpuMs: number;
}

const { values } = parseArgs({
  options: {
    keyv: { type: 'string', default: '' },
    interactions: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '4' },
    users: { type: 'string', default: '40' },
    seed: { type: 'string', default: '7' },
  },
});
const seed = Number(values.seed);
const questions = await questionsFromEval();
const emu = await DiscordEmulator.start({ botUser: { username: 'border-brief' } });
const config = loadConfig({
  DISCORD_TOKEN: TOKEN,
  DISCORD_API_URL: emu.apiUrl,
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '10000',
  KEYV_URL: values.keyv,
});
let errorsLogged = 0;
const logger = createLogger({ level: 'error', write: () => void (errorsLogged += 1) });
const store = createStore(config.keyvUrl);
const runtime = await createRuntime({
  knowledgeDir: KNOWLEDGE_DIR,
  kbPath: join(KNOWLEDGE_DIR, 'kb.json'),
  store,
});
await deployCommands({ token: TOKEN, apiUrl: emu.apiUrl, applicationId: null, guildId: emu.defaultGuildId });
const bot = await startBot({
  config,
  runtime,
  store,
  logger,
  paths: knowledgePathsIn(KNOWLEDGE_DIR),
  clientOptions: { ws: emulatorClientOptions(emu.apiUrl).ws },
});
const target: Target = {
  emu,
  speakers: runtime.engine.suggestSpeakers('').map((s) => s.value),
  lastAnswer: new Map(),
};
const users = Number(values.users);
const load = { rate: 0, concurrency: Number(values.concurrency) };
for (const q of questions) await runtime.engine.ask(q, { userId: 'warmup' });
for (const from of ['2018', '2025']) {
  const chart = runtime.engine.timeline(from, null).chart;
  if (chart) await bot.context.charts.render(chart, runtime.kb.version);
}
await drive(target, planItems(WARMUP, users, seededRandom(seed + 1), questions), load, seed + 1);

console.log('ready');
await once(createInterface({ input: process.stdin }), 'line');
const items = planItems(Number(values.interactions), users, seededRandom(seed), questions);
const startedAt = performance.timeOrigin + performance.now();
const cpuBefore = process.cpuUsage();
const samples = await drive(target, items, load, seed);
const cpu = process.cpuUsage(cpuBefore);
const finishedAt = performance.timeOrigin + performance.now();
const result: ScaleProcessResult = {
  startedAt,
  finishedAt,
  latenciesMs: samples.map((s) => s.ms),
  answered: samples.filter((s) => s.ok).length,
  errorsLogged,
  cpuMs: (cpu.user + cpu.system) / 1000,
};
console.log(JSON.stringify(result));
await bot.stop();
await closeStore(store);
await emu.stop();
process.exit(0);
