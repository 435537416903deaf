/** `REDIS_TIMEOUT_MS`: how long one Redis operation may take before the bot answers without it. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { STORE_TIMEOUT_MS } from '../../src/store.ts';

describe('REDIS_TIMEOUT_MS', () => {
  it('waits 500 ms for Redis when the variable is empty or unset', () => {
    expect(loadConfig({}).redisTimeoutMs).toBe(STORE_TIMEOUT_MS);
    expect(loadConfig({ REDIS_TIMEOUT_MS: '' }).redisTimeoutMs).toBe(500);
  });

  it('waits as long as the variable says, for a Redis across a slow network', () => {
    expect(loadConfig({ REDIS_TIMEOUT_MS: '2500' }).redisTimeoutMs).toBe(2500);
  });

  it('refuses a value that is not a whole number of milliseconds up to 10 s, naming the variable', () => {
    for (const value of ['0', '-5', '1.5', 'soon', '10001'])
      expect(() => loadConfig({ REDIS_TIMEOUT_MS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ REDIS_TIMEOUT_MS: 'soon' })).toThrow(/REDIS_TIMEOUT_MS/);
  });
});
