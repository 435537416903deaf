/** Rate limits and votes counted by two real processes sharing one real Redis. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClient, type RedisClientType } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_KEY_PREFIX } from '../../src/store.ts';
import { announceSkip, REDIS_SERVER, startRedisServer, type RedisServer } from './redis-server.ts';

announceSkip('tests/redis/counters.test.ts');

const HAMMER = fileURLToPath(new URL('./hammer.ts', import.meta.url));
const PROCESS_TIMEOUT_MS = 20_000;

interface HammerResult {
  /** When the process began and finished asking and voting (ms since the epoch, sub-millisecond). */
  startedAt: number;
  finishedAt: number;
  allowed: number;
  recorded: number;
  unchanged: number;
  unavailable: number;
}

interface Hammer {
  /** Resolves when the process is connected and waiting for the start. */
  ready: Promise<void>;
  start(): void;
  result: Promise<HammerResult>;
}

function hammer(env: Record<string, string>): Hammer {
  const child = spawn(process.execPath, ['--import', 'tsx', HAMMER], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.startsWith('ready\n')) markReady();
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), PROCESS_TIMEOUT_MS);
  const result = new Promise<HammerResult>((resolve, reject) => {
    child.on('exit', (code) => {
      clearTimeout(timer);
      markReady();
      if (code !== 0) reject(new Error(`hammer exited with ${code}: ${err}`));
      else resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as HammerResult);
    });
  });
  return { ready, start: () => child.stdin.end('go\n'), result };
}

describe.skipIf(!REDIS_SERVER)('counters shared by two processes through Redis', () => {
  let redis: RedisServer;
  let inspector: RedisClientType;

  beforeAll(async () => {
    redis = await startRedisServer();
    inspector = createClient({ url: redis.url });
    inspector.on('error', () => undefined);
    await inspector.connect();
  });

  afterAll(async () => {
    inspector?.destroy();
    await redis?.stop();
  });

  it('never lets two processes hammering one user through more than the limit, and counts every vote once', async () => {
    const limit = 25;
    const voters = 40;
    const env = {
      KEYV_URL: redis.url,
      LIMIT: String(limit),
      QUESTIONS: '300',
      USER: '520000000000000001',
      VOTERS: String(voters),
      ANSWER: '520000000000000099',
    };
    const processes = [hammer(env), hammer(env)];
    await Promise.all(processes.map((p) => p.ready));
    for (const p of processes) p.start();
    const [a, b] = await Promise.all(processes.map((p) => p.result));
    if (a === undefined || b === undefined) throw new Error('two results expected');
    expect(a.allowed + b.allowed).toBe(limit);
    // The two really contended: their questions were in flight at the same time.
    expect(a.startedAt).toBeLessThan(b.finishedAt);
    expect(b.startedAt).toBeLessThan(a.finishedAt);
    expect(a.unavailable + b.unavailable).toBe(0);
    expect(a.recorded + b.recorded).toBe(voters);
    expect(a.unchanged + b.unchanged).toBe(voters);
    expect(await inspector.hGetAll(`${REDIS_KEY_PREFIX}vote-totals`)).toEqual({ up: String(voters) });
    expect(await inspector.hLen(`${REDIS_KEY_PREFIX}votes:${env.ANSWER}`)).toBe(voters);
  });
});
