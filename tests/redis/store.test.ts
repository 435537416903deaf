/** The Redis store's deadline and breaker against a real redis-server that hangs, dies and comes back. */
import { setTimeout as sleep } from 'node:timers/promises';
import type Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, createStore, storeAvailable } from '../../src/store.ts';
import { announceSkip, REDIS_SERVER, startRedisServer, type RedisServer } from './redis-server.ts';

announceSkip('tests/redis/store.test.ts');

const TIMEOUT_MS = 200;
const RETRY_AFTER_MS = 1_000;
/** Reconnecting takes at most RECONNECT_MAX_DELAY_MS (1 s) once Redis is back; this leaves room for a slow CI. */
const RECOVERY_TIMEOUT_MS = 10_000;

describe.skipIf(!REDIS_SERVER)('the Redis store', () => {
  let redis: RedisServer;
  let store: Keyv;
  const events: string[] = [];

  beforeAll(async () => {
    redis = await startRedisServer({ persistent: true });
    store = createStore(redis.url, {
      timeoutMs: TIMEOUT_MS,
      retryAfterMs: RETRY_AFTER_MS,
      onUnavailable: () => events.push('unavailable'),
      onRecovered: () => events.push('recovered'),
    });
  });

  afterAll(async () => {
    redis?.resume();
    if (store) await closeStore(store);
    await redis?.stop();
  });

  async function untilRecovered(): Promise<void> {
    const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
    while (!events.includes('recovered') && Date.now() < deadline) {
      await store.get('probe');
      await sleep(50);
    }
  }

  it('gives up on a hung Redis within its deadline, answers a miss, and uses Redis again when it wakes', async () => {
    expect(await store.set('kept', { v: 1 })).toBe(true);
    redis.pause();
    try {
      const started = Date.now();
      const reads = await Promise.all(Array.from({ length: 20 }, () => store.get('kept')));
      expect(reads.every((r) => r === undefined)).toBe(true);
      // Well under a second although Redis never answers (the margin is for a busy CI machine).
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 800);
      expect(storeAvailable(store)).toBe(false);
      // While the breaker is open, calls do not wait at all.
      const skipped = Date.now();
      expect(await store.get('kept')).toBeUndefined();
      expect(Date.now() - skipped).toBeLessThan(TIMEOUT_MS);
    } finally {
      redis.resume();
    }
    await untilRecovered();
    expect(events).toEqual(['unavailable', 'recovered']);
    expect(await store.get('kept')).toEqual({ v: 1 });
  });

  it('reports a crash once however many calls fail, once when Redis is back, and keeps what was written', async () => {
    events.length = 0;
    expect(await store.set('before-crash', 'still here')).toBe(true);
    await redis.kill();
    for (let i = 0; i < 50; i++) {
      expect(await store.get('before-crash')).toBeUndefined();
      expect(await store.set(`during-${i}`, i)).toBe(false);
      if (i % 10 === 0) await sleep(300);
    }
    expect(events).toEqual(['unavailable']);
    await redis.restart();
    await untilRecovered();
    expect(events).toEqual(['unavailable', 'recovered']);
    expect(await store.get('before-crash')).toBe('still here');
  });
});
