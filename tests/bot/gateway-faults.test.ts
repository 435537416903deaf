/**
 * The bot through gateway and REST faults (issue #10 item 4): the gateway closing, the session invalidated,
 * heartbeats no longer acknowledged, REST answering 429. Questions are sent before, during and after each
 * fault, with answers slowed so some are in flight when it strikes; every one must be answered within
 * Discord's 3 s, which the emulator enforces.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { GatewayCloseCodes, InteractionResponseType } from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../emulator/discord-emulator.ts';
import { record, startHarness, str, toReply, type Harness, type Reply } from './harness.ts';

/** Short enough that a zombie connection is noticed within a second (discord.js checks every interval). */
const HEARTBEAT_INTERVAL_MS = 250;
/** Discord's limit for acknowledging an interaction. */
const ACK_TIMEOUT_MS = 3_000;
/** Added to every answer, so questions sent just before a fault are still being answered during it. */
const ANSWER_DELAY_MS = 200;
/** How long a reconnect, a resume or a re-identify may take here. */
const RECOVERY_TIMEOUT_MS = 5_000;
const QUESTION = [str('question', 'How many troops did Mexico deploy?')];
const ANSWER = '15,000';

describe('gateway and REST faults', () => {
  let h: Harness;
  let restoreEngine: () => void = () => undefined;

  beforeAll(async () => {
    h = await startHarness({
      emulator: { heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS, interactionAckTimeoutMs: ACK_TIMEOUT_MS },
      logLevel: 'info',
    });
  });

  beforeEach(() => {
    const { engine } = h.bot.context;
    const ask = engine.ask.bind(engine);
    engine.ask = async (question, options) => {
      await sleep(ANSWER_DELAY_MS);
      return ask(question, options);
    };
    restoreEngine = () => {
      engine.ask = ask;
    };
  });

  afterEach(() => restoreEngine());

  afterAll(async () => {
    await h?.stop();
  });

  let users = 0;
  /** Sends `count` questions, each from a new user, and returns their interaction ids. */
  function ask(count: number): string[] {
    return Array.from({ length: count }, () =>
      h.emu.sendChatInput({
        name: 'ask',
        options: QUESTION,
        user: { id: String(520_000_000_000_000_000n + BigInt((users += 1))) },
      }),
    );
  }

  const accepted = (call: RecordedCall): boolean => call.status >= 200 && call.status < 300;

  /** The answer a user saw: the accepted callback's message, or after a deferral the accepted edit. */
  async function answerOf(id: string): Promise<Reply> {
    const prefix = `/api/v10/interactions/${id}/`;
    const callback = await h.emu.waitForCall(
      (call) => call.path.startsWith(prefix) && accepted(call),
      RECOVERY_TIMEOUT_MS,
    );
    const body = record(callback.body);
    if (body['type'] !== InteractionResponseType.DeferredChannelMessageWithSource)
      return toReply(record(body['data']));
    const token = h.emu.interaction(id)?.token ?? '';
    const edit = await h.emu.waitForCall(
      (call) =>
        call.method === 'PATCH' && call.path.includes(`/${token}/messages/@original`) && accepted(call),
      RECOVERY_TIMEOUT_MS,
    );
    return toReply(record(edit.body));
  }

  /** Every interaction got exactly one accepted callback, and its answer. */
  async function expectAllAnswered(ids: string[]): Promise<void> {
    const replies = await Promise.all(ids.map(answerOf));
    for (const [index, id] of ids.entries()) {
      expect(replies[index]?.embeds[0]?.title, `interaction ${id}`).toContain(ANSWER);
      expect(h.emu.callbacksFor(id).filter(accepted), `interaction ${id}`).toHaveLength(1);
    }
  }

  it('resumes after the gateway closes, replaying questions sent while it was away', async () => {
    const { identifyCount, resumeCount } = h.emu;
    const before = ask(3);
    await h.emu.dropConnection(GatewayCloseCodes.UnknownError);
    const during = ask(3);
    await h.emu.waitForResumed(resumeCount + 1, RECOVERY_TIMEOUT_MS);
    const after = ask(3);
    await expectAllAnswered([...before, ...during, ...after]);
    expect(h.emu.identifyCount).toBe(identifyCount);
  });

  it('identifies anew when the session is invalidated, finishing the answers in flight', async () => {
    const { identifyCount, readyCount, resumeCount } = h.emu;
    const before = ask(3);
    h.emu.invalidateSession(false);
    await h.emu.waitForReady(readyCount + 1, RECOVERY_TIMEOUT_MS);
    const after = ask(3);
    await expectAllAnswered([...before, ...after]);
    expect(h.emu.identifyCount).toBe(identifyCount + 1);
    expect(h.emu.resumeCount).toBe(resumeCount);
  });

  it('drops a connection whose heartbeats go unacknowledged and resumes on a new one', async () => {
    const { identifyCount, resumeCount } = h.emu;
    const connections = h.emu.gatewayConnections.length;
    const before = ask(3);
    h.emu.withholdHeartbeatAcks();
    const during = ask(3);
    await h.emu.waitForResumed(resumeCount + 1, RECOVERY_TIMEOUT_MS);
    const after = ask(3);
    await expectAllAnswered([...before, ...during, ...after]);
    expect(h.emu.gatewayConnections.length).toBe(connections + 1);
    expect(h.emu.identifyCount).toBe(identifyCount);
  });

  it('waits out a REST 429 for retry_after and then answers, slash commands and DMs alike', async () => {
    const retryAfterSeconds = 0.3;
    const callbacks = h.emu.calls.length;
    h.emu.rateLimitNext(
      (call) => call.path.startsWith('/api/v10/interactions/') && call.path.endsWith('/callback'),
      retryAfterSeconds,
      2,
    );
    h.emu.rateLimitNext(
      (call) => call.method === 'POST' && /\/channels\/\d+\/messages$/.test(call.path),
      retryAfterSeconds,
    );
    const asked = ask(4);
    const dm = h.emu.sendMessage({ dm: true, content: 'What did Sheinbaum say?' });
    await expectAllAnswered(asked);
    const dmReply = await h.emu.waitForCall(
      (call) => accepted(call) && record(record(call.body)['message_reference'])['message_id'] === dm,
      RECOVERY_TIMEOUT_MS,
    );
    expect(toReply(record(dmReply.body)).embeds[0]?.description).toContain('Sheinbaum');

    const limited = h.emu.calls.slice(callbacks).filter((call) => call.status === 429);
    expect(limited).toHaveLength(3);
    // Each limited request came again after retry_after, and that retry was accepted.
    for (const call of limited) {
      const retried = h.emu.calls
        .slice(callbacks)
        .find((c) => c !== call && c.path === call.path && c.method === call.method && c.at >= call.at);
      expect(retried?.status).toBeGreaterThanOrEqual(200);
      expect(retried?.status).toBeLessThan(300);
      expect((retried?.at ?? 0) - call.at).toBeGreaterThanOrEqual(retryAfterSeconds * 1000 - 20);
    }
    expect(h.logs.filter((l) => l['level'] === 'error')).toEqual([]);
  });
});
