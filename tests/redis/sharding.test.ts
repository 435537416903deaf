/**
 * `npm run start:sharded` (discord.js's ShardingManager) against the Discord emulator, SHARD_COUNT=2.
 * Two hosts splitting one bot (SHARD_LIST=0 and SHARD_LIST=1) and one real Redis: each guild's questions
 * reach its own shard's process, DMs reach shard 0, conversations and the rate limit are shared; a shard
 * stops with its launcher, whether SIGTERM goes to npm or the launcher is killed outright. One host running
 * both shards: a shard that died is started again, and SIGTERM to npm stops the launcher and both shards.
 * Linux only (reads /proc to find the processes).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  type APIEmbed,
  type APIUser,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.ts';
import { childEnvironment } from '../bot/child-env.ts';
import { TOKEN } from '../bot/harness.ts';
import { DiscordEmulator, shardOfGuild, type RecordedCall } from '../emulator/discord-emulator.ts';
import { announceSkip, REDIS_SERVER, startRedisServer, type RedisServer } from './redis-server.ts';

announceSkip('tests/redis/sharding.test.ts');

/** Two shard processes start one after the other, 5.5 s apart as Discord's identify limit wants. */
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;
const REPLY_TIMEOUT_MS = 10_000;
const RATE_LIMIT = 4;
/** Guild ids whose timestamps put them on shard 0 and on shard 1 of 2 (`(id >> 22) % 2`). */
const GUILD_ON_SHARD_0 = (1_000_000_000_000n << 22n).toString();
const GUILD_ON_SHARD_1 = (1_000_000_000_001n << 22n).toString();
const HAS_PROC = existsSync('/proc/self/stat');

function question(text: string) {
  return [{ name: 'question', type: ApplicationCommandOptionType.String as const, value: text }];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** `pid` and every process below it. */
function treeOf(pid: number): number[] {
  const below: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = (() => {
      try {
        return readFileSync(`/proc/${name}/stat`, 'utf8');
      } catch {
        return '';
      }
    })();
    if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) below.push(Number(name));
  }
  return [pid, ...below.flatMap(treeOf)];
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !condition()) await sleep(50);
  return condition();
}

interface Shown {
  content: string;
  embeds: APIEmbed[];
}

function shown(body: Record<string, unknown>): Shown {
  return {
    content: typeof body['content'] === 'string' ? body['content'] : '',
    embeds: Array.isArray(body['embeds']) ? (body['embeds'] as APIEmbed[]) : [],
  };
}

/**
 * `npm run start:sharded` with SHARD_COUNT=2 (and `env`) against `emu`; resolves once the launcher says the shards are
 * ready. Every process it started is added to `started`.
 */
async function startLauncher(
  emu: DiscordEmulator,
  env: Record<string, string>,
  started: Map<number, string>,
): Promise<{ npm: ChildProcessWithoutNullStreams; output: () => string }> {
  const npmCli = process.env['npm_execpath'];
  const [command, args] =
    npmCli !== undefined && npmCli.endsWith('npm-cli.js')
      ? [process.execPath, [npmCli, 'run', 'start:sharded', '--silent']]
      : ['npm', ['run', 'start:sharded', '--silent']];
  const npm = spawn(command, args, {
    cwd: REPO_ROOT,
    // Every variable set, so no .env is read.
    env: childEnvironment({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: emu.apiUrl,
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      SHARD_COUNT: '2',
      ...env,
    }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  // The launcher's "shards ready" and a shard's own "bot ready" come down two pipes, in either order: wait for both.
  const ready = await until(
    () =>
      (output.includes('"msg":"shards ready"') && output.includes('"msg":"bot ready"')) ||
      npm.exitCode !== null,
    READY_TIMEOUT_MS,
  );
  for (const pid of treeOf(npm.pid ?? 0).slice(1)) started.set(pid, commandLine(pid) ?? '');
  if (!ready || npm.exitCode !== null) throw new Error(`the shards did not start:\n${output}`);
  return { npm, output: () => output };
}

/** The shard processes (running src/main.ts) below `pid`. */
function shardProcessesOf(pid: number): number[] {
  return treeOf(pid).filter((p) => (commandLine(p) ?? '').includes('src/main.ts'));
}

/** Kills, after a failed test, only the processes a test started (the same command line, so not a reused id). */
function killLeftovers(started: Map<number, string>): void {
  for (const [pid, cmd] of started)
    if (isRunning(pid) && commandLine(pid) === cmd) process.kill(pid, 'SIGKILL');
  started.clear();
}

const accepted = (call: RecordedCall): boolean => call.status >= 200 && call.status < 300;

/** What the user saw in answer to an interaction (the callback, or after a deferral the edit). */
async function answerOf(emu: DiscordEmulator, id: string): Promise<Shown> {
  const callback = await emu.waitForCall(
    (call) => call.path.startsWith(`/api/v10/interactions/${id}/`) && accepted(call),
    REPLY_TIMEOUT_MS,
  );
  const body = record(callback.body);
  if (body['type'] !== InteractionResponseType.DeferredChannelMessageWithSource)
    return shown(record(body['data']));
  const token = emu.interaction(id)?.token ?? '';
  const edit = await emu.waitForCall(
    (call) => call.method === 'PATCH' && call.path.includes(`/${token}/messages/@original`),
    REPLY_TIMEOUT_MS,
  );
  return shown(record(edit.body));
}

describe.skipIf(!REDIS_SERVER || !HAS_PROC)('two hosts splitting one bot, sharing Redis', () => {
  let redis: RedisServer;
  let emu: DiscordEmulator;
  /** The launchers of host A (SHARD_LIST=0) and host B (SHARD_LIST=1). */
  let hosts: Array<{ npm: ChildProcessWithoutNullStreams; output: () => string }> = [];
  /** Every process started under npm, with its command line, so only those are killed if the test fails. */
  const started = new Map<number, string>();

  const ask = (guildId: string, text: string, user: Partial<APIUser> & { id: string }): string =>
    emu.sendChatInput({ name: 'ask', options: question(text), guildId, user });

  async function dm(text: string, author: Partial<APIUser> & { id: string }): Promise<[string, Shown]> {
    const id = emu.sendMessage({ dm: true, content: text, author });
    const reply = await emu.waitForCall(
      (call) => accepted(call) && record(record(call.body)['message_reference'])['message_id'] === id,
      REPLY_TIMEOUT_MS,
    );
    return [id, shown(record(reply.body))];
  }

  beforeAll(async () => {
    redis = await startRedisServer();
    emu = await DiscordEmulator.start({
      botUser: { username: 'border-brief' },
      shards: 2,
      guilds: [
        { id: GUILD_ON_SHARD_0, name: 'Shard Zero Desk' },
        { id: GUILD_ON_SHARD_1, name: 'Shard One Desk' },
      ],
    });
    // Four processes and a Redis on a test machine's cores: an operation may wait past the 500 ms default for its
    // turn, and the bot would then answer without the shared memory and counts these tests are about.
    for (const list of ['0', '1'])
      hosts.push(
        await startLauncher(
          emu,
          { KEYV_URL: redis.url, SHARD_LIST: list, REDIS_TIMEOUT_MS: '5000' },
          started,
        ),
      );
  }, READY_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    for (const { npm } of hosts) if (npm.exitCode === null && npm.signalCode === null) npm.kill('SIGKILL');
    hosts = [];
    killLeftovers(started);
    await emu?.stop();
    await redis?.stop();
  });

  it('runs each shard on its own host, and each guild is answered by its own shard', async () => {
    const readyLines = hosts.map(({ output }) =>
      output()
        .split('\n')
        .filter((line) => line.includes('"msg":"bot ready"'))
        .map((line) => JSON.parse(line) as { pid: number; shards: number[]; shardCount: number }),
    );
    expect(readyLines.map((lines) => lines.map((line) => line.shards))).toEqual([[[0]], [[1]]]);
    expect(readyLines.flat().every((line) => line.shardCount === 2)).toBe(true);
    expect(emu.sessionShards.map(([id, count]) => `${id}/${count}`).sort()).toEqual(['0/2', '1/2']);

    const user = { id: '530000000000000001', username: 'two-guilds' };
    expect(shardOfGuild(GUILD_ON_SHARD_0, 2)).toBe(0);
    const onZero = ask(GUILD_ON_SHARD_0, 'How many troops did Mexico deploy?', user);
    const onOne = ask(GUILD_ON_SHARD_1, 'How many troops did Mexico deploy?', user);
    for (const id of [onZero, onOne]) expect((await answerOf(emu, id)).embeds[0]?.title).toContain('15,000');
    expect(emu.deliveredTo(onZero)).toEqual([0]);
    expect(emu.deliveredTo(onOne)).toEqual([1]);
  });

  it('continues in a DM (shard 0, host A) a conversation started in a guild on shard 1 (host B)', async () => {
    const user = { id: '530000000000000002', username: 'guild-then-dm' };
    const asked = ask(GUILD_ON_SHARD_1, 'What did Sheinbaum say?', user);
    expect(JSON.stringify(await answerOf(emu, asked))).toContain('Sheinbaum');
    const [dmId, followUp] = await dm('what else did she say?', user);
    expect(emu.deliveredTo(asked)).toEqual([1]);
    expect(emu.deliveredTo(dmId)).toEqual([0]);
    expect(followUp.embeds[0]?.description).toContain('Sheinbaum');
  });

  it('holds the rate limit across both shards', async () => {
    const user = { id: '530000000000000003', username: 'both-shards' };
    const text = 'How many troops did Mexico deploy?';
    const answered = [
      await answerOf(emu, ask(GUILD_ON_SHARD_0, text, user)),
      await answerOf(emu, ask(GUILD_ON_SHARD_1, text, user)),
      (await dm(text, user))[1],
      await answerOf(emu, ask(GUILD_ON_SHARD_1, text, user)),
    ];
    expect(answered.length).toBe(RATE_LIMIT);
    for (const reply of answered) expect(reply.embeds[0]?.title).toContain('15,000');
    expect((await answerOf(emu, ask(GUILD_ON_SHARD_1, text, user))).content).toContain('try again in');
    expect((await answerOf(emu, ask(GUILD_ON_SHARD_0, text, user))).content).toContain('try again in');
    expect((await dm(text, user))[1].content).toContain('try again in');
  });

  it(
    "stops a host's shard on SIGTERM to its npm, and when its launcher is killed outright",
    async () => {
      const [a, b] = hosts;
      if (a === undefined || b === undefined) throw new Error('two hosts expected');
      const treeA = treeOf(a.npm.pid ?? 0);
      const treeB = treeOf(b.npm.pid ?? 0);
      for (const pid of [...treeA, ...treeB].slice(1)) started.set(pid, commandLine(pid) ?? '');
      expect(shardProcessesOf(a.npm.pid ?? 0)).toHaveLength(1);
      const launcherB = treeB.find((pid) => (commandLine(pid) ?? '').includes('shard-manager'));
      const shardB = shardProcessesOf(b.npm.pid ?? 0);
      expect(shardB).toHaveLength(1);

      process.kill(a.npm.pid ?? 0, 'SIGTERM');
      process.kill(launcherB ?? 0, 'SIGKILL');
      expect(await until(() => [...treeA, ...shardB].every((pid) => !isRunning(pid)), STOP_TIMEOUT_MS)).toBe(
        true,
      );
      expect(a.output()).toContain('"signal":"SIGTERM"');
      expect(a.output()).toContain('"msg":"bot stopped"');
      expect(a.output()).toContain('"msg":"shards stopped"');
      expect(b.output()).toContain('"signal":"launcher gone"');
      expect(b.output()).toContain('"msg":"bot stopped"');
    },
    STOP_TIMEOUT_MS + 5_000,
  );
});

describe.skipIf(!HAS_PROC)('one host running both shards', () => {
  let emu: DiscordEmulator;
  const started = new Map<number, string>();

  beforeAll(async () => {
    emu = await DiscordEmulator.start({
      botUser: { username: 'border-brief' },
      guilds: [{ id: GUILD_ON_SHARD_0 }, { id: GUILD_ON_SHARD_1 }],
    });
  });

  afterAll(async () => {
    killLeftovers(started);
    await emu?.stop();
  });

  it(
    'starts a shard that died again, and SIGTERM to npm stops the launcher and both shards',
    async () => {
      const { npm, output } = await startLauncher(emu, {}, started);
      const [first, second] = shardProcessesOf(npm.pid ?? 0);
      expect(second).toBeDefined();
      const identifies = emu.identifyCount;
      process.kill(second ?? 0, 'SIGKILL');
      expect(await until(() => emu.identifyCount > identifies, READY_TIMEOUT_MS)).toBe(true);
      expect(output()).toContain('starting it again');
      const shards = shardProcessesOf(npm.pid ?? 0);
      expect(shards).toHaveLength(2);
      expect(shards).toContain(first);
      expect(shards).not.toContain(second);
      const tree = treeOf(npm.pid ?? 0);
      for (const pid of tree.slice(1)) started.set(pid, commandLine(pid) ?? '');
      const id = emu.sendChatInput({
        name: 'ask',
        options: question('How many troops did Mexico deploy?'),
        guildId: GUILD_ON_SHARD_1,
      });
      expect((await answerOf(emu, id)).embeds[0]?.title).toContain('15,000');

      process.kill(npm.pid ?? 0, 'SIGTERM');
      expect(await until(() => tree.every((pid) => !isRunning(pid)), STOP_TIMEOUT_MS)).toBe(true);
      expect(output().match(/"msg":"bot stopped"/g)).toHaveLength(2);
      expect(output()).toContain('"msg":"shards stopped"');
    },
    READY_TIMEOUT_MS * 2,
  );
});
