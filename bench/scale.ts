/**
 * `npm run bench:scale [-- --interactions 1000 --concurrency 4 --rounds 3 --seed 7]`: what sharing state in
 * Redis and a second process do to the bot, in one run. Three set-ups, run in turn `--rounds` times (so a
 * machine whose load drifts during the run weighs on each alike), each time a fresh set of bot processes (bench/scale-process.ts: the real bot, its own emulator, bench:bot's interaction mix and
 * driver, `--concurrency` interactions in flight per process):
 *
 * 1. one process with the embedded store;
 * 2. one process with a real redis-server (started here on a free loopback port, emptied between set-ups);
 * 3. two processes sharing that Redis, started together, each with the same load as in 2.
 *
 * For each round and set-up it prints throughput (interactions answered per second of wall time, all
 * processes together), interaction latency p50/p99 over every interaction, the Redis commands and the CPU
 * time (user + system, bot processes only) per interaction; the CPU time depends least on other work on
 * the machine;
 * then each set-up's median over the rounds and the ratios of those medians: Redis against embedded, and two
 * processes against one. Each process drives its own emulator, so its CPU pays for the emulator and the
 * driver as well as the bot: on a machine with fewer than two cores per process the two-process figures
 * measure the machine more than the bot. Needs `redis-server` on PATH.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient } from '@redis/client';
import { REDIS_SERVER, startRedisServer } from '../tests/redis/redis-server.ts';
import { fmt, stats } from './interactions.ts';
import type { ScaleProcessResult } from './scale-process.ts';

const PROCESS_SCRIPT = fileURLToPath(new URL('./scale-process.ts', import.meta.url));
/** A process that has not reported by then is stuck: it is killed and the run fails. */
const PROCESS_TIMEOUT_MS = 180_000;

interface Setup {
  name: string;
  processes: number;
  redis: boolean;
}

const SETUPS: Setup[] = [
  { name: 'one process, embedded store', processes: 1, redis: false },
  { name: 'one process, Redis', processes: 1, redis: true },
  { name: 'two processes sharing Redis', processes: 2, redis: true },
];

interface Figures {
  setup: Setup;
  interactions: number;
  answered: number;
  errorsLogged: number;
  throughput: number;
  p50: number;
  p99: number;
  redisCommands: number;
  /** CPU ms the bot processes spent per interaction (with their emulator and driver). */
  cpuMsEach: number;
}

interface BotProcess {
  ready: Promise<void>;
  go(): void;
  result: Promise<ScaleProcessResult>;
}

function startProcess(args: string[]): BotProcess {
  const child = spawn(process.execPath, ['--v8-pool-size=0', '--import', 'tsx', PROCESS_SCRIPT, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markReady: () => void = () => undefined;
  let failReady: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.startsWith('ready\n')) markReady();
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), PROCESS_TIMEOUT_MS);
  const result = new Promise<ScaleProcessResult>((resolve, reject) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const failure = new Error(`bench process exited with ${code ?? signal}: ${err.trim().slice(-2000)}`);
      failReady(failure);
      if (code !== 0) reject(failure);
      else resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as ScaleProcessResult);
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), result };
}

async function measure(
  setup: Setup,
  args: string[],
  redisUrl: string,
  redisCommands: () => Promise<number>,
): Promise<Figures> {
  const processes = Array.from({ length: setup.processes }, (_, i) =>
    startProcess([
      ...args,
      '--keyv',
      setup.redis ? redisUrl : '',
      // Each process its own users and questions, as two processes serving different guilds would see.
      '--seed',
      String(Number(args[args.indexOf('--seed') + 1]) + 100 * i),
    ]),
  );
  await Promise.all(processes.map((p) => p.ready));
  const commandsBefore = await redisCommands();
  for (const p of processes) p.go();
  const results = await Promise.all(processes.map((p) => p.result));
  // The count includes the INFO that read it, and the processes' stopping (a handful of commands).
  const commands = (await redisCommands()) - commandsBefore - 1;
  const latencies = results.flatMap((r) => r.latenciesMs);
  const wallMs = Math.max(...results.map((r) => r.finishedAt)) - Math.min(...results.map((r) => r.startedAt));
  const answered = results.reduce((n, r) => n + r.answered, 0);
  const s = stats(latencies);
  return {
    setup,
    interactions: latencies.length,
    answered,
    errorsLogged: results.reduce((n, r) => n + r.errorsLogged, 0),
    throughput: answered / (wallMs / 1000),
    p50: s.p50,
    p99: s.p99,
    redisCommands: commands,
    cpuMsEach: results.reduce((n, r) => n + r.cpuMs, 0) / latencies.length,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function line(
  name: string,
  f: Pick<Figures, 'throughput' | 'p50' | 'p99' | 'cpuMsEach'>,
  extra = '',
): string {
  return (
    `  ${name.padEnd(30)} throughput ${f.throughput.toFixed(0).padStart(4)}/s  p50 ${fmt(f.p50).padStart(9)}  ` +
    `p99 ${fmt(f.p99).padStart(9)}  CPU ${f.cpuMsEach.toFixed(2)} ms each${extra}`
  );
}

function load(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

async function commandsProcessed(info: () => Promise<string>): Promise<number> {
  return Number(/total_commands_processed:(\d+)/.exec(await info())?.[1] ?? NaN);
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      interactions: { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '4' },
      rounds: { type: 'string', default: '3' },
      seed: { type: 'string', default: '7' },
    },
  });
  if (REDIS_SERVER === null) {
    console.error('bench:scale: redis-server is not on PATH (Debian: apt-get install redis-server)');
    return 2;
  }
  const args = [
    '--interactions',
    values.interactions,
    '--concurrency',
    values.concurrency,
    '--seed',
    values.seed,
  ];
  console.log(
    `bench:scale — ${values.interactions} mixed interactions per process, ${values.concurrency} in flight per process, ` +
      `${values.rounds} rounds, Node ${process.version}, ${availableParallelism()} cores, load average ${load()}`,
  );
  const redis = await startRedisServer();
  const flusher = createClient({ url: redis.url });
  flusher.on('error', () => undefined);
  const figures: Figures[] = [];
  try {
    await flusher.connect();
    for (let round = 1; round <= Number(values.rounds); round++) {
      console.log(`round ${round}`);
      for (const setup of SETUPS) {
        await flusher.flushAll();
        const f = await measure(setup, args, redis.url, () => commandsProcessed(() => flusher.info('stats')));
        figures.push(f);
        console.log(
          line(
            setup.name,
            f,
            `  ${f.answered}/${f.interactions} answered, ${(f.redisCommands / f.interactions).toFixed(1)} Redis commands each` +
              (f.errorsLogged > 0 ? `, errors logged ${f.errorsLogged}` : ''),
          ),
        );
      }
    }
  } finally {
    flusher.destroy();
    await redis.stop();
  }
  const medians = SETUPS.map((setup) => {
    const of = figures.filter((f) => f.setup === setup);
    return {
      name: setup.name,
      throughput: median(of.map((f) => f.throughput)),
      p50: median(of.map((f) => f.p50)),
      p99: median(of.map((f) => f.p99)),
      cpuMsEach: median(of.map((f) => f.cpuMsEach)),
    };
  });
  console.log(`\nmedian of ${values.rounds} rounds (load average now ${load()})`);
  for (const m of medians) console.log(line(m.name, m));
  const [embedded, oneRedis, twoRedis] = medians;
  if (embedded === undefined || oneRedis === undefined || twoRedis === undefined) return 1;
  console.log('\nratios of the medians');
  console.log(
    `  one process, Redis vs embedded:      throughput ${ratio(oneRedis.throughput, embedded.throughput)}  p99 ${ratio(oneRedis.p99, embedded.p99)}  CPU each ${ratio(oneRedis.cpuMsEach, embedded.cpuMsEach)}`,
  );
  console.log(
    `  two processes vs one, both Redis:    throughput ${ratio(twoRedis.throughput, oneRedis.throughput)}  p99 ${ratio(twoRedis.p99, oneRedis.p99)}  CPU each ${ratio(twoRedis.cpuMsEach, oneRedis.cpuMsEach)}`,
  );
  console.log(
    `  two processes (Redis) vs embedded:   throughput ${ratio(twoRedis.throughput, embedded.throughput)}  p99 ${ratio(twoRedis.p99, embedded.p99)}  CPU each ${ratio(twoRedis.cpuMsEach, embedded.cpuMsEach)}`,
  );
  const complete = figures.every((f) => f.answered === f.interactions && f.errorsLogged === 0);
  console.log(
    `\n${complete ? 'PASS' : 'FAIL'}: ${complete ? 'every interaction answered, no errors logged' : 'some interactions unanswered or errors logged'}`,
  );
  return complete ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:scale: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
