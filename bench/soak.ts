/**
 * `npm run bench:soak [-- --questions 100000 --interactions 20000 --users 10000 --max-chars N]`: memory
 * under a long run with the embedded store. First `--questions` questions through the engine (the eval
 * questions in turn, from `--users` users, so conversations pile up in the store), then `--interactions`
 * interactions through the bot's state path (rate limit, answer, answer record, unanswered list, a vote on
 * every fourth, the Sources record on every tenth), each from a new user as in the worst case of issue #10.
 * The rate limiter keeps each user for its one-minute window, so its share grows with the users seen in the
 * last minute and levels off in runs longer than that.
 * RSS and heap (after a full GC) are sampled as it goes; it prints the growth of each phase and the store's
 * size against its bound. Nothing here touches Discord: the interactions call what the bot's handlers call.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRuntime } from '../src/answer/create.ts';
import { prepareAnswer } from '../src/bot/answering.ts';
import { ChartRenderer } from '../src/charts/chart-renderer.ts';
import type { BotContext } from '../src/bot/command.ts';
import type { KnowledgeManager } from '../src/bot/knowledge-manager.ts';
import { BotState } from '../src/bot/state.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { KB_PATH, KNOWLEDGE_DIR, REPO_ROOT } from '../src/paths.ts';
import { closeStore, createStore, embeddedStoreSize, EMBEDDED_STORE_MAX_CHARS } from '../src/store.ts';

/** Samples per phase: enough to see a trend, few enough that the full GCs cost little. */
const SAMPLES = 20;
/**
 * The loops below run on promises alone; without a turn of the event loop now and then no timer would fire
 * (the store's purge, the rate limiter's expiry), which a bot reading the network never has to fear.
 */
const YIELD_EVERY = 100;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const MB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '100000' },
    interactions: { type: 'string', default: '20000' },
    users: { type: 'string', default: '10000' },
    'max-chars': { type: 'string', default: String(EMBEDDED_STORE_MAX_CHARS) },
  },
});
const QUESTIONS = Number(values.questions);
const INTERACTIONS = Number(values.interactions);
const USERS = Number(values.users);
const MAX_CHARS = Number(values['max-chars']);

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect)
  console.warn('soak: run with --expose-gc (npm run bench:soak does) for heap figures after a full GC');

interface Sample {
  phase: string;
  done: number;
  rssMb: number;
  heapMb: number;
  entries: number;
  storeMb: number;
}

const samples: Sample[] = [];
const store = createStore(null, { maxChars: MAX_CHARS });

function sample(phase: string, done: number): Sample {
  collect?.();
  const memory = process.memoryUsage();
  const size = embeddedStoreSize(store);
  const s = {
    phase,
    done,
    rssMb: memory.rss / MB,
    heapMb: memory.heapUsed / MB,
    entries: size?.entries ?? 0,
    storeMb: (size?.chars ?? 0) / MB,
  };
  samples.push(s);
  console.log(
    `${phase.padEnd(12)} ${String(done).padStart(7)}  rss ${s.rssMb.toFixed(1).padStart(6)} MB  heap ${s.heapMb
      .toFixed(1)
      .padStart(6)} MB  store ${String(s.entries).padStart(6)} entries, ${s.storeMb.toFixed(1)} M chars`,
  );
  return s;
}

const { items } = JSON.parse(await readFile(join(REPO_ROOT, 'tests', 'eval', 'questions.json'), 'utf8')) as {
  items: Array<{ q: string }>;
};
const questions = items.map((i) => i.q);
const runtime = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store });
const { engine } = runtime;
const started = performance.now();

const base = sample('start', 0);
for (let i = 0; i < QUESTIONS; i++) {
  await engine.ask(questions[i % questions.length] ?? 'hi', { userId: `soak-user-${i % USERS}` });
  if (i % YIELD_EVERY === 0) await turn();
  if ((i + 1) % Math.max(1, Math.floor(QUESTIONS / SAMPLES)) === 0) sample('engine', i + 1);
}
const afterEngine = sample('engine', QUESTIONS);

const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '10' });
const state = new BotState(store, {
  rateLimitPerWindow: config.rateLimitPerWindow,
  rateLimitWindowMs: config.rateLimitWindowMs,
});
// prepareAnswer uses the engine and the state only; the knowledge manager is not involved in answering.
const context: BotContext = {
  engine,
  state,
  config,
  logger: silentLogger,
  knowledge: undefined as unknown as KnowledgeManager,
  // Article previews belong to /kb add url:, which answering never reaches.
  articles: undefined as unknown as BotContext['articles'],
  // Answers with a picture draw it as the bot does: the renderer's cache is bounded like the store.
  charts: new ChartRenderer(),
};
let refused = 0;
for (let i = 0; i < INTERACTIONS; i++) {
  const userId = String(300_000_000_000_000_000n + BigInt(i));
  const answerId = String(900_000_000_000_000_000n + BigInt(i));
  const question = questions[i % questions.length] ?? 'hi';
  if (!(await state.takeQuestion(userId)).allowed) refused++;
  await prepareAnswer(context, {
    userId,
    answerId,
    question,
    origin: 'ask',
    produce: () => engine.ask(question, { userId }),
  });
  if (i % 4 === 0) await state.recordFeedback(answerId, userId, 'up');
  if (i % 10 === 0) await state.answer(answerId);
  if (i % YIELD_EVERY === 0) await turn();
  if ((i + 1) % Math.max(1, Math.floor(INTERACTIONS / SAMPLES)) === 0) sample('bot state', i + 1);
}
const end = sample('bot state', INTERACTIONS);

const growth = (from: Sample, to: Sample, key: 'rssMb' | 'heapMb') =>
  `${(to[key] - from[key]).toFixed(1)} MB`;
const peak = (phase: string, key: 'rssMb' | 'heapMb') =>
  Math.max(...samples.filter((s) => s.phase === phase).map((s) => s[key])).toFixed(1);
console.log('');
console.log(
  `engine: ${QUESTIONS} questions from ${USERS} users — RSS ${base.rssMb.toFixed(1)} → ${afterEngine.rssMb.toFixed(1)} MB (+${growth(base, afterEngine, 'rssMb')}, peak ${peak('engine', 'rssMb')}), heap ${base.heapMb.toFixed(1)} → ${afterEngine.heapMb.toFixed(1)} MB (+${growth(base, afterEngine, 'heapMb')})`,
);
console.log(
  `bot state: ${INTERACTIONS} interactions from as many users — RSS ${afterEngine.rssMb.toFixed(1)} → ${end.rssMb.toFixed(1)} MB (+${growth(afterEngine, end, 'rssMb')}, peak ${peak('bot state', 'rssMb')}), heap ${afterEngine.heapMb.toFixed(1)} → ${end.heapMb.toFixed(1)} MB (+${growth(afterEngine, end, 'heapMb')}); ${refused} refused by the rate limit`,
);
console.log(
  `store: ${end.entries} entries, ${end.storeMb.toFixed(1)} M chars held of a ${(MAX_CHARS / MB).toFixed(1)} M-char bound (EMBEDDED_STORE_MAX_CHARS); whole run ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
await store.clear();
const cleared = sample('cleared', INTERACTIONS);
console.log(
  `heap held by the store's ${end.entries} entries (dropped when it is cleared): ${(end.heapMb - cleared.heapMb).toFixed(1)} MB, ${(((end.heapMb - cleared.heapMb) * MB) / Math.max(1, end.storeMb * MB)).toFixed(1)} bytes per stored character`,
);
await closeStore(store);
await context.charts.close();
