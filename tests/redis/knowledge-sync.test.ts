/**
 * One knowledge for every process: two bots (each its own emulator, engine, knowledge folder and Redis
 * connections) share one real redis-server; a third starts later. A `/kb add` on one is served by the
 * others without a restart, `/kb status` lists what each serves, and a corrupt published build is refused.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createClient, RESP_TYPES, type RedisClientType } from '@redis/client';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildKey,
  KB_CURRENT_KEY,
  KB_PUBLISHED_CHANNEL,
  KB_SOURCES_KEY,
  SharedKnowledge,
} from '../../src/bot/shared-knowledge.ts';
import { HEARTBEAT_INTERVAL_MS } from '../../src/bot/knowledge-sync.ts';
import { file, startHarness, str, sub, textOf, type Harness } from '../bot/harness.ts';
import { announceSkip, REDIS_SERVER, startRedisServer, type RedisServer } from './redis-server.ts';

announceSkip('tests/redis/knowledge-sync.test.ts');

/** The issue asks for "within seconds"; a swap (loading, checking and serving a build) takes well under one. */
const SWAP_TIMEOUT_MS = 5_000;
/**
 * How long a test waits for what the sync must do before failing. A process that misses the announcement,
 * or whose Redis answers after the store's deadline on a loaded machine, catches up at its next heartbeat;
 * a 5 s wait for a refusal ran out once with eight other jobs on two cores (load 9-14). Four heartbeats leave
 * room for that, and a broken sync still fails, saying what did not happen.
 */
const EVENT_TIMEOUT_MS = 4 * HEARTBEAT_INTERVAL_MS;
/** Each test's limit: above its waits, so that a wait fails first with its own message. */
vi.setConfig({ testTimeout: 3 * EVENT_TIMEOUT_MS });
const REFUSED = 'published knowledge refused; still serving the previous version';
const MODERATOR = { user: { username: 'mod' }, member: { permissions: PermissionFlagsBits.ManageGuild } };
const QUESTION = 'How many National Guard soldiers did Texas deploy to Eagle Pass?';
const LATER_QUESTION = 'How many troops did the Pentagon send to Nogales?';
const LATER_ARTICLE = [
  '---',
  'id: test-2024-nogales-marines',
  'title: Pentagon sends 777 troops to Nogales',
  'outlet: Desert Test Courier',
  'published: 2024-08-02',
  'url: https://example.org/nogales-marines',
  'language: en',
  '---',
  'The Pentagon sent 777 troops to Nogales on Friday to support customs officers at the port of entry, officials said.',
  '',
].join('\n');
const ARTICLE = [
  '---',
  'id: test-2024-eagle-pass-guard',
  'title: Texas sends 4,321 National Guard soldiers to Eagle Pass',
  'outlet: Border Test Gazette',
  'published: 2024-03-14',
  'url: https://example.org/eagle-pass-guard',
  'language: en',
  '---',
  'Texas deployed 4,321 National Guard soldiers to Eagle Pass on Thursday, state officials said.',
  '',
  '"We will hold the line at the river," Governor Greg Abbott said at a press conference in Austin.',
  '',
].join('\n');

async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number = EVENT_TIMEOUT_MS,
): Promise<number> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await sleep(20);
  }
  return performance.now() - started;
}

/** What a process logged at warn and above. */
function warnings(h: Harness): unknown[] {
  return h.logs.filter((l) => l['level'] === 'warn' || l['level'] === 'error').map((l) => l['msg']);
}

async function ask(h: Harness, question: string): Promise<string> {
  return textOf(await h.slash('ask', [str('question', question)]));
}

describe.skipIf(!REDIS_SERVER)('one knowledge for all processes, through a real Redis', () => {
  let redis: RedisServer;
  let inspector: RedisClientType;
  let a: Harness;
  let b: Harness;
  let later: Harness | undefined;
  let original = '';

  beforeAll(async () => {
    // Persistent, so what was published survives the crash in the last test.
    redis = await startRedisServer({ persistent: true });
    inspector = createClient({ url: redis.url });
    inspector.on('error', () => undefined);
    await inspector.connect();
    a = await startHarness({ env: { KEYV_URL: redis.url }, logLevel: 'info' });
    b = await startHarness({ env: { KEYV_URL: redis.url }, logLevel: 'info' });
    original = b.bot.context.engine.knowledge.version;
  });

  afterAll(async () => {
    await later?.stop();
    await b?.stop();
    await a?.stop();
    inspector?.destroy();
    await redis?.stop();
  });

  it('answers on one process from an article added with /kb add on another, without a restart', async () => {
    expect(await ask(b, QUESTION)).not.toContain('4,321');
    const loads = vi.spyOn(SharedKnowledge.prototype, 'load');
    const attachment = a.emu.registerAttachment('eagle-pass.md', ARTICLE, 'text/markdown');
    const added = await a.slash('kb', [sub('add', [file('file', attachment.id)])], MODERATOR);
    expect(textOf(added)).toContain('test-2024-eagle-pass-guard');
    const version = a.bot.context.engine.knowledge.version;
    expect(version).not.toBe(original);

    await waitFor(
      'the other process serves the new version',
      () => b.bot.context.knowledge.version === version,
    );
    // The swap itself, as the process timed it: on a loaded machine the announcement may come a heartbeat late.
    const swap = b.logs.find((l) => l['msg'] === 'knowledge published elsewhere now served');
    expect(swap).toMatchObject({ version });
    expect(swap?.['ms']).toBeLessThan(SWAP_TIMEOUT_MS);
    expect(await ask(b, QUESTION)).toContain('4,321');
    // The article and the build live in Redis: the source as sent, the build compressed under its version.
    expect(await inspector.hKeys(KB_SOURCES_KEY)).toEqual(['test-2024-eagle-pass-guard.md']);
    expect(await inspector.get(KB_CURRENT_KEY)).toBe(version);
    const stored = await inspector
      .withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer })
      .get(buildKey(version));
    expect(JSON.parse(gunzipSync(stored ?? Buffer.alloc(0)).toString('utf8'))).toMatchObject({ version });
    expect(warnings(a).concat(warnings(b))).toEqual([]);
    // Only the other process loaded it: the one that built it serves it from its own refresh. Once both
    // heartbeats give the new version, neither can load it any more (a sync loads only what it does not serve).
    const served = new SharedKnowledge({ client: inspector, run: (_, call) => call(inspector) });
    await waitFor('both processes heartbeat the new version', async () => {
      const heartbeats = await served.served();
      return heartbeats.length === 2 && heartbeats.every((x) => x.version === version);
    });
    expect(loads).toHaveBeenCalledTimes(1);
    loads.mockRestore();
  });

  it("lists every process's served version in /kb status, on either process", async () => {
    const version = a.bot.context.engine.knowledge.version;
    await waitFor('both heartbeats show the new version', async () => {
      const status = textOf(await b.slash('kb', [sub('status')], MODERATOR));
      return (
        status.includes('Processes (2)') && status.split(`serves \`${version.slice(0, 12)}\``).length === 3
      );
    });
    const status = textOf(await b.slash('kb', [sub('status')], MODERATOR));
    expect(status).toContain('— this process');
    expect(status).not.toContain('a different version');
  });

  it('serves the current knowledge in a process started after the add, and its /kb refresh keeps the added article', async () => {
    const version = a.bot.context.engine.knowledge.version;
    const started = await startHarness({ env: { KEYV_URL: redis.url } });
    later = started;
    // Its knowledge folder is a fresh copy without the article: what it serves came from Redis (at start, or
    // at a heartbeat soon after when Redis answered too slowly for the start to wait).
    await waitFor(
      'the process started later serves the published version',
      () => started.bot.context.engine.knowledge.version === version,
    );
    expect(await ask(later, QUESTION)).toContain('4,321');
    const refreshed = textOf(await later.slash('kb', [sub('refresh')], MODERATOR));
    expect(refreshed).toContain('Nothing changed');
    expect(later.bot.context.engine.knowledge.version).toBe(version);
    expect(await ask(later, QUESTION)).toContain('4,321');
    await later.stop();
    later = undefined;
  });

  it('refuses a corrupt published build everywhere and keeps serving the previous knowledge', async () => {
    const version = a.bot.context.engine.knowledge.version;
    const binary = inspector.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    const good = JSON.parse(
      gunzipSync((await binary.get(buildKey(version))) ?? Buffer.alloc(0)).toString('utf8'),
    ) as {
      version: string;
      sentences: Array<{ text: string }>;
    };
    // A build whose content was changed after it was hashed, and one that is not even gzip.
    const tampered = { ...good, version: 'feedfacefeedface' };
    const first = tampered.sentences[0];
    if (first) first.text = 'Texas deployed 9,999 soldiers.';
    const corrupt: Array<[string, Buffer]> = [
      ['feedfacefeedface', gzipSync(JSON.stringify(tampered))],
      ['0badc0de0badc0de', Buffer.from('not a knowledge file')],
    ];
    for (const [bad, bytes] of corrupt) {
      await inspector
        .multi()
        .set(buildKey(bad), bytes)
        .set(KB_CURRENT_KEY, bad)
        .publish(KB_PUBLISHED_CHANNEL, bad)
        .exec();
      await Promise.all(
        [a, b].map((h) =>
          waitFor(`refusal of ${bad}`, () =>
            h.logs.some((l) => l['msg'] === REFUSED && l['version'] === bad),
          ),
        ),
      );
    }
    for (const h of [a, b]) {
      expect(h.bot.context.engine.knowledge.version).toBe(version);
      expect(await ask(h, QUESTION)).toContain('4,321');
      expect(warnings(h)).toEqual([REFUSED, REFUSED]);
      h.logs.length = 0;
    }
  });

  it('keeps serving through a Redis crash, logs it once per process, and follows refreshes again once Redis is back', async () => {
    const version = a.bot.context.engine.knowledge.version;
    for (const h of [a, b]) h.logs.length = 0;
    await redis.kill();
    for (const h of [a, b]) {
      expect(await ask(h, QUESTION)).toContain('4,321');
      expect(h.bot.context.engine.knowledge.version).toBe(version);
    }
    const refused = textOf(await a.slash('kb', [sub('refresh')], MODERATOR));
    expect(refused).toContain('Nothing was changed');
    await redis.restart();

    // Once both have reconnected (their next store call succeeds), an add on one reaches the other again.
    await waitFor('both stores answer again', async () => {
      for (const h of [a, b]) await ask(h, QUESTION);
      return [a, b].every((h) => h.logs.some((l) => String(l['msg']).startsWith('store available again')));
    });
    const attachment = a.emu.registerAttachment('nogales.md', LATER_ARTICLE, 'text/markdown');
    const added = textOf(await a.slash('kb', [sub('add', [file('file', attachment.id)])], MODERATOR));
    expect(added).toContain('Article added');
    const next = a.bot.context.engine.knowledge.version;
    await waitFor(
      'the other process serves the version added after the outage',
      () => b.bot.context.knowledge.version === next,
    );
    expect(await ask(b, LATER_QUESTION)).toContain('777');
    for (const h of [a, b]) expect(warnings(h)).toEqual([expect.stringContaining('store unavailable')]);
  });
});
