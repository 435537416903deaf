import Keyv from 'keyv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BotState, normaliseQuestion } from '../../src/bot/state.ts';
import { createLogger } from '../../src/log.ts';

function stateWith(now: { t: number }, store: Keyv = new Keyv()) {
  return new BotState(store, { rateLimitPerWindow: 3, rateLimitWindowMs: 60_000, now: () => now.t });
}

/** A store whose every operation throws, like a broken backend. */
function brokenStore(): Keyv {
  const fail = async () => {
    throw new Error('store down');
  };
  return new Keyv({ store: { get: fail, set: fail, delete: fail, clear: fail, on: () => undefined } });
}

describe('BotState.takeQuestion', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('allows the limit in a minute from the first question, then says how long until it resets', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const state = stateWith({ t: 0 });
    for (let i = 0; i < 3; i++) {
      expect(await state.takeQuestion('u')).toEqual({ allowed: true });
      vi.advanceTimersByTime(10_000);
    }
    expect(await state.takeQuestion('u')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(await state.takeQuestion('someone-else')).toEqual({ allowed: true });
    vi.advanceTimersByTime(30_001);
    expect(await state.takeQuestion('u')).toEqual({ allowed: true });
  });

  it('counts concurrent questions of one user without losing any', async () => {
    const state = stateWith({ t: 0 });
    const decisions = await Promise.all(Array.from({ length: 5 }, () => state.takeQuestion('u')));
    expect(decisions.filter((d) => d.allowed).length).toBe(3);
  });

  it('keeps counting in process memory when the store fails, says a vote could not be saved, logs nothing per call', async () => {
    const errors: string[] = [];
    const state = new BotState(brokenStore(), {
      rateLimitPerWindow: 1,
      rateLimitWindowMs: 60_000,
      onError: (_, operation) => errors.push(operation),
    });
    expect(await state.takeQuestion('u')).toEqual({ allowed: true });
    expect((await state.takeQuestion('u')).allowed).toBe(false);
    expect(await state.recordFeedback('1', 'u', 'up')).toBe('unavailable');
    // The store reports an outage once (see tests/store/redis.test.ts); a dropped write is not logged again.
    expect(errors).toEqual([]);
  });
});

describe('BotState unanswered questions', () => {
  it('counts questions by their normalised form, most asked first', async () => {
    const state = stateWith({ t: 0 });
    await state.recordUnanswered('What is the capital of France?');
    await state.recordUnanswered('what is the   capital of france');
    await state.recordUnanswered('Who won the 2022 World Cup?');
    expect(await state.topUnanswered(5)).toMatchObject([
      { question: 'what is the capital of france', count: 2 },
      { question: 'who won the 2022 world cup', count: 1 },
    ]);
  });
});

describe('normaliseQuestion', () => {
  it('drops mentions, markup, case and end punctuation', () => {
    expect(normaliseQuestion('<@123456789012345678> **How many** troops?!')).toBe('how many troops');
  });
});

describe('createLogger', () => {
  it('writes JSON lines at or above its level, with errors serialised and secrets redacted', () => {
    const lines: string[] = [];
    const token = 'super-secret-token-value-1234567890';
    const logger = createLogger({ level: 'info', secrets: [token], write: (l) => void lines.push(l) });
    logger.debug({ hidden: true }, 'not shown');
    logger.child({ component: 'bot' }).error(
      {
        err: new Error(`failed with ${token}`),
        url: 'https://x/api/v10/interactions/123/aW50ZXJhY3Rpb24tdG9rZW4tdmFsdWU/callback',
      },
      'boom',
    );
    expect(lines.length).toBe(1);
    const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'error', msg: 'boom', component: 'bot', err: { name: 'Error' } });
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).not.toContain('aW50ZXJhY3Rpb24tdG9rZW4tdmFsdWU');
    expect(lines[0]?.endsWith('\n')).toBe(true);
  });
});
