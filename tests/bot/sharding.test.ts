/**
 * Sharding in one process (`npm start` with SHARD_COUNT): the bot connects every shard itself and answers
 * on each; the configuration says what to set when the shard variables are wrong.
 */
import { Client, GatewayIntentBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { clientShardOptions } from '../../src/bot/sharding.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { startHarness, str } from './harness.ts';

const QUESTION = [str('question', 'How many troops did Mexico deploy?')];

describe('one process running several shards', () => {
  it.each([
    ['2', 1],
    ['auto', 2],
  ])('connects every shard with SHARD_COUNT=%s and answers in guilds and DMs', async (count, recommended) => {
    // With `auto`, the count is the one GET /gateway/bot recommends.
    const h = await startHarness({ env: { SHARD_COUNT: count }, emulator: { shards: recommended } });
    try {
      expect(h.emu.sessionShards.map(([id, total]) => `${id}/${total}`).sort()).toEqual(['0/2', '1/2']);
      expect(h.bot.client.options.shardCount).toBe(2);
      expect((await h.slash('ask', QUESTION)).embeds[0]?.title).toContain('15,000');
      expect((await h.message('What did Sheinbaum say?')).embeds[0]?.description).toContain('Sheinbaum');
    } finally {
      await h.stop();
    }
  });
});

describe('clientShardOptions', () => {
  it('builds a client when SHARD_COUNT=auto is in the environment, which discord.js reads too', () => {
    const before = process.env['SHARD_COUNT'];
    process.env['SHARD_COUNT'] = 'auto';
    try {
      const options = clientShardOptions(loadConfig({ SHARD_COUNT: 'auto' }).sharding);
      const client = new Client({ intents: [GatewayIntentBits.Guilds], ...options });
      expect(client.options.shards).toBe('auto');
      void client.destroy();
    } finally {
      if (before === undefined) delete process.env['SHARD_COUNT'];
      else process.env['SHARD_COUNT'] = before;
    }
  });
});

describe('loadConfig sharding', () => {
  it('runs one shard when no shard variable is set', () => {
    expect(loadConfig({}).sharding).toBeNull();
  });

  it('reads the total and the shards a host runs', () => {
    expect(loadConfig({ SHARD_COUNT: 'auto' }).sharding).toEqual({ count: 'auto', ids: null });
    expect(loadConfig({ SHARD_COUNT: '4', SHARD_LIST: '3, 2' }).sharding).toEqual({ count: 4, ids: [2, 3] });
  });

  it("takes the launcher's SHARDS over the host's SHARD_LIST in a shard process", () => {
    expect(loadConfig({ SHARD_COUNT: '4', SHARD_LIST: '2,3', SHARDS: '3' }).sharding).toEqual({
      count: 4,
      ids: [3],
    });
  });

  it('says what to set when the shard variables disagree', () => {
    expect(() => loadConfig({ SHARD_LIST: '0,1' })).toThrow(ConfigError);
    expect(() => loadConfig({ SHARD_LIST: '0,1', SHARD_COUNT: 'auto' })).toThrow(
      /SHARD_COUNT set to a number/,
    );
    expect(() => loadConfig({ SHARD_LIST: '0,4', SHARD_COUNT: '4' })).toThrow(
      /from 0 to SHARD_COUNT - 1 \(3\)/,
    );
    expect(() => loadConfig({ SHARD_COUNT: 'many' })).toThrow(/SHARD_COUNT must be auto or a whole number/);
  });
});
