/**
 * The real bot against the Discord emulator and a real redis-server (KEYV_URL set): state goes to Redis,
 * and a Redis killed mid-run and restarted costs no answer.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type RedisClientType } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/answer/create.ts';
import { CONVERSATION_NOT_RECALLED } from '../../src/bot/answering.ts';
import { closeStore, createStore, REDIS_KEY_PREFIX } from '../../src/store.ts';
import { startHarness, str, textOf, type Harness } from '../bot/harness.ts';
import { announceSkip, REDIS_SERVER, startRedisServer, type RedisServer } from './redis-server.ts';

announceSkip('tests/redis/bot-redis.test.ts');

/** How long the test waits for the bot to use Redis again after it restarts (reconnect ≤ 1 s + retry). */
const RECOVERY_TIMEOUT_MS = 10_000;
const QUESTION = [str('question', 'How many troops did Mexico deploy?')];
const STATUS = [{ name: 'status', type: 1, options: [] }];
const MODERATOR = { member: { permissions: 32n } };

async function commandCalls(client: RedisClientType): Promise<number> {
  const info = await client.info('commandstats');
  return [...info.matchAll(/calls=(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
}

describe.skipIf(!REDIS_SERVER)('with KEYV_URL set to a real Redis', () => {
  let redis: RedisServer;
  let h: Harness;
  let inspector: RedisClientType;

  beforeAll(async () => {
    redis = await startRedisServer({ persistent: true });
    inspector = createClient({ url: redis.url, socket: { reconnectStrategy: 100 } });
    inspector.on('error', () => undefined);
    await inspector.connect();
    h = await startHarness({
      env: { KEYV_URL: redis.url },
      // A short retry so the test sees the recovery soon after Redis is back.
      storeOptions: { retryAfterMs: 300 },
      logLevel: 'info',
    });
  });

  afterAll(async () => {
    await h?.stop();
    inspector?.destroy();
    await redis?.stop();
  });

  it('keeps conversations, answers, rate counts and votes in Redis', async () => {
    const before = await commandCalls(inspector);
    const user = { id: '510000000000000001', username: 'redis-reader' };
    const answer = await h.slash('ask', QUESTION, { user });
    expect(answer.embeds[0]?.title).toContain('15,000');
    const messageId = h.emu.originalMessage(answer.id)?.id ?? '';
    expect((await h.click(`bb:up:${answer.id}`, messageId, user)).content).toContain('recorded');

    const keys = await inspector.keys(`${REDIS_KEY_PREFIX}*`);
    expect(keys).toEqual(
      expect.arrayContaining([
        `${REDIS_KEY_PREFIX}conversation:${user.id}`,
        `${REDIS_KEY_PREFIX}answer:${answer.id}`,
        `${REDIS_KEY_PREFIX}last-answer:${user.id}`,
        `${REDIS_KEY_PREFIX}rate:${user.id}`,
        `${REDIS_KEY_PREFIX}votes:${answer.id}`,
        `${REDIS_KEY_PREFIX}vote-totals`,
      ]),
    );
    expect(await inspector.hGet(`${REDIS_KEY_PREFIX}votes:${answer.id}`, user.id)).toBe('up');
    expect(Number(await inspector.get(`${REDIS_KEY_PREFIX}rate:${user.id}`))).toBe(1);
    expect(await commandCalls(inspector)).toBeGreaterThan(before + 5);
  });

  it('continues a conversation started by another instance (its own engine and Redis connection)', async () => {
    const elsewhere = createStore(redis.url);
    try {
      const runtime = await createRuntime({
        knowledgeDir: join(h.dir, 'knowledge'),
        kbPath: h.paths.kbPath,
        store: elsewhere,
      });
      const user = { id: '510000000000000003', username: 'two-instances' };
      expect((await runtime.engine.ask('What did Sheinbaum say?', { userId: user.id })).answered).toBe(true);
      const followUp = await h.message('what else did she say?', { author: user });
      expect(followUp.embeds[0]?.description).toContain('Sheinbaum');
    } finally {
      await closeStore(elsewhere);
    }
  });

  it('answers every interaction through a Redis crash, logs it once, says follow-ups cannot be recalled, keeps what was written', async () => {
    const user = { id: '510000000000000002', username: 'through-the-outage' };
    const first = await h.message('What did Sheinbaum say?', { author: user });
    expect(first.embeds[0]?.description).toContain('Sheinbaum');
    const asked = await h.slash('ask', QUESTION, { user });
    const askedMessage = h.emu.originalMessage(asked.id)?.id ?? '';
    expect((await h.click(`bb:up:${asked.id}`, askedMessage, user)).content).toContain('recorded');
    const totalsBefore = await h.bot.context.state.feedbackTotals();
    expect(totalsBefore?.up).toBeGreaterThanOrEqual(1);
    h.logs.length = 0;

    await redis.kill();

    // A follow-up: its conversation is in Redis, which is gone.
    const followUp = await h.message('what else did she say?', { author: user });
    expect(followUp.content).toContain(CONVERSATION_NOT_RECALLED);
    const slashFollowUp = await h.slash('ask', [str('question', 'what else did she say?')], { user });
    expect(slashFollowUp.content).toContain(CONVERSATION_NOT_RECALLED);
    // Everything else is answered as usual, or says what it could not keep.
    for (let i = 0; i < 10; i++) {
      const reply = await h.slash('ask', QUESTION, { user: { id: `51000000000000010${i}` } });
      expect(reply.embeds[0]?.title).toContain('15,000');
      expect(reply.content).not.toContain(CONVERSATION_NOT_RECALLED);
    }
    const vote = await h.click(`bb:down:${asked.id}`, askedMessage, user);
    expect(vote.content).toContain("couldn't save it");
    expect(textOf(await h.click(`bb:src:${asked.id}`, askedMessage, user))).toContain('The Independent');
    expect(textOf(await h.slash('kb', STATUS, MODERATOR))).toContain('the store is not answering');

    const warnings = h.logs.filter((l) => l['level'] === 'warn' || l['level'] === 'error');
    expect(warnings.map((l) => l['msg'])).toEqual([expect.stringContaining('store unavailable')]);

    await redis.restart();
    const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
    while (!h.logs.some((l) => l['msg'] === 'store available again') && Date.now() < deadline) {
      await h.slash('ask', QUESTION, { user: { id: '510000000000000200' } });
      await sleep(100);
    }
    const recovered = h.logs.filter((l) => l['msg'] === 'store available again');
    expect(recovered.length).toBe(1);
    expect(h.logs.filter((l) => String(l['msg']).startsWith('store unavailable')).length).toBe(1);

    // What was written before the crash is there after: the conversation continues, the vote is counted.
    const after = await h.message('what else did she say?', { author: user });
    expect(after.content).not.toContain(CONVERSATION_NOT_RECALLED);
    expect(after.embeds[0]?.description).toContain('Sheinbaum');
    expect(await h.bot.context.state.feedbackTotals()).toEqual(totalsBefore);
    expect(h.logs.filter((l) => l['level'] === 'error')).toEqual([]);
  });
});
