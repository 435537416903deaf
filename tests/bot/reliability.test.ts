import { setTimeout as sleep } from 'node:timers/promises';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTARTING } from '../../src/bot/interactions.ts';
import { createStore } from '../../src/store.ts';
import { record, startHarness, str, textOf, toReply, type Harness } from './harness.ts';

const EPHEMERAL = MessageFlags.Ephemeral;
const QUESTION = [str('question', 'How many troops did Mexico deploy?')];

describe('rate limit', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('answers RATE_LIMIT_PER_MINUTE questions a minute per user, then says when to try again', async () => {
    const user = { id: '500000000000000001', username: 'eager' };
    await h.slash('ask', QUESTION, { user });
    await h.message('What did Sheinbaum say?', { author: user });
    const third = await h.slash('quote', [str('speaker', 'AMLO')], { user });
    expect(textOf(third)).toContain('López Obrador');

    const limited = await h.slash('ask', QUESTION, { user });
    expect(limited.flags & EPHEMERAL).toBe(EPHEMERAL);
    const seconds = Number(/try again in (\d+) s/.exec(limited.content)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(55);
    expect(seconds).toBeLessThanOrEqual(60);
    expect((await h.message('what else?', { author: user })).content).toContain('try again in');

    expect((await h.slash('help', [], { user })).embeds.length).toBe(1);
    const other = await h.slash('ask', QUESTION, { user: { id: '500000000000000002', username: 'patient' } });
    expect(other.embeds[0]?.title).toContain('15,000');
  });
});

describe('with the store down (Redis unreachable)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({
      store: createStore('redis://127.0.0.1:1', { timeoutMs: 200 }),
    });
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('still answers questions, buttons and /kb status, saying what it could not keep', async () => {
    const started = Date.now();
    const answer = await h.slash('ask', QUESTION);
    expect(answer.embeds[0]?.title).toContain('15,000');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await h.message('What did Sheinbaum say?')).embeds[0]?.description).toContain('Sheinbaum');

    const messageId = h.emu.originalMessage(answer.id)?.id ?? '';
    expect((await h.click(`bb:up:${answer.id}`, messageId)).content).toContain("couldn't save it");
    const sources = await h.click(`bb:src:${answer.id}`, messageId);
    expect(sources.content).toContain('The Independent');

    const status = await h.slash('kb', [{ name: 'status', type: 1, options: [] }], {
      member: { permissions: 32n },
    });
    expect(textOf(status)).toContain('the store is not answering');
    expect(h.logs.filter((l) => l['level'] === 'error')).toEqual([]);
  });
});

describe('shutdown', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('defers an answer that takes longer than 1.5 s and edits it in when it is ready', async () => {
    const { engine } = h.bot.context;
    const ask = engine.ask.bind(engine);
    engine.ask = async (question, options) => {
      await sleep(1_700);
      return ask(question, options);
    };
    try {
      const id = h.emu.sendChatInput({ name: 'ask', options: QUESTION });
      expect(record((await h.emu.waitForCallback(id, 3_000)).body)['type']).toBe(5);
      const reply = await h.replyTo(id, 3_000);
      expect(reply.embeds[0]?.title).toContain('15,000');
      expect(reply.flags & EPHEMERAL).toBe(0);
    } finally {
      engine.ask = ask;
    }
  });

  it('stops taking work, finishes what is in flight, then destroys the client', async () => {
    const { engine } = h.bot.context;
    const ask = engine.ask.bind(engine);
    let started: () => void = () => undefined;
    const answering = new Promise<void>((resolve) => {
      started = resolve;
    });
    engine.ask = async (question, options) => {
      started();
      await sleep(300);
      return ask(question, options);
    };
    const slow = h.emu.sendChatInput({ name: 'ask', options: QUESTION });
    await answering;
    const stopping = h.bot.stop();
    const late = h.emu.sendChatInput({ name: 'ask', options: QUESTION });
    const lateReply = toReply(record(record((await h.emu.waitForCallback(late)).body)['data']));
    expect(lateReply.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(lateReply.content).toBe(RESTARTING);
    expect(h.bot.client.isReady()).toBe(true);

    await stopping;
    const answered = await h.emu.waitForCallback(slow, 100);
    expect(answered.status).toBe(204);
    expect(JSON.stringify(answered.body)).toContain('15,000');
    expect(h.bot.inFlight()).toBe(0);
    expect(h.bot.client.isReady()).toBe(false);
  });
});
