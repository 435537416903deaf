import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Keyv from 'keyv';
import { BotState, ANSWER_TTL_MS, type AnswerRecord } from '../../src/bot/state.ts';
import { CONVERSATION_TTL_MS } from '../../src/answer/memory.ts';
import { closeStore, createStore, embeddedStoreSize } from '../../src/store.ts';

const RECORD: AnswerRecord = {
  userId: 'u',
  question: 'How many troops did Mexico deploy?',
  answeredAs: 'count',
  answered: true,
  citations: [],
  evidencePerSource: {},
  at: 0,
};

describe('the embedded store', () => {
  it('removes expired entries, read or not', async () => {
    const store = createStore(null, { purgeIntervalMs: 20 });
    try {
      for (let i = 0; i < 100; i++) await store.set(`short:${i}`, { i }, 30);
      await store.set('long', { kept: true }, 60_000);
      expect(embeddedStoreSize(store)?.entries).toBe(101);
      await sleep(150);
      expect(embeddedStoreSize(store)?.entries).toBe(1);
      expect(await store.get('short:1')).toBeUndefined();
      expect(await store.get('long')).toEqual({ kept: true });
    } finally {
      await closeStore(store);
    }
  });

  it('stays within its bound, letting the least recently used entries go first', async () => {
    const store = createStore(null, { maxChars: 20_000 });
    try {
      await store.set('pinned', 'x'.repeat(100));
      for (let i = 0; i < 1_000; i++) {
        await store.set(`entry:${i}`, 'y'.repeat(100));
        if (i % 50 === 0) await store.get('pinned');
      }
      const size = embeddedStoreSize(store);
      expect(size?.chars).toBeLessThanOrEqual(20_000);
      expect(size?.entries).toBeLessThan(200);
      expect(await store.get('entry:999')).toBe('y'.repeat(100));
      expect(await store.get('entry:0')).toBeUndefined();
      expect(await store.get('pinned')).toBe('x'.repeat(100));
    } finally {
      await closeStore(store);
    }
  });
});

describe('BotState answer records', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps an answer for its buttons as long as More can continue its conversation, then forgets it', async () => {
    expect(ANSWER_TTL_MS).toBe(CONVERSATION_TTL_MS);
    vi.useFakeTimers({ now: 1_000_000 });
    const state = new BotState(new Keyv(), { rateLimitPerWindow: 10, rateLimitWindowMs: 60_000 });
    await state.recordAnswer('1', RECORD);
    vi.advanceTimersByTime(CONVERSATION_TTL_MS - 60_000);
    expect(await state.answer('1')).toMatchObject({ question: RECORD.question });
    expect(await state.lastAnswerOf('u')).toBe('1');
    vi.advanceTimersByTime(120_000);
    expect(await state.answer('1')).toBeNull();
    expect(await state.lastAnswerOf('u')).toBeNull();
  });
});
