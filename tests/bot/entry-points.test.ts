import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS_DIR } from '../../src/bot/commands.ts';
import { deployCommands } from '../../src/bot/deploy.ts';
import { REPO_ROOT } from '../../src/paths.ts';
import { DiscordEmulator } from '../emulator/discord-emulator.ts';
import { TOKEN } from './harness.ts';
import { childEnvironment } from './child-env.ts';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const CHILD_TIMEOUT_MS = 20_000;

interface Child {
  stdout: string;
  stderr: string;
  exit: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
  waitFor(pattern: RegExp): Promise<void>;
}

/** Runs a repository script with tsx and a controlled environment (no .env is read: every variable is set). */
function run(script: string, env: Record<string, string>, input?: string): Child {
  const child = spawn(TSX, [script], {
    cwd: REPO_ROOT,
    env: childEnvironment(env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
  const out: Child = {
    stdout: '',
    stderr: '',
    exit: new Promise((resolve) =>
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      }),
    ),
    kill: (signal) => child.kill(signal),
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(out.stdout)) {
            child.stdout.off('data', check);
            resolve();
          }
        };
        child.stdout.on('data', check);
        void out.exit.then(() =>
          pattern.test(out.stdout)
            ? resolve()
            : reject(new Error(`exited before ${pattern}:\n${out.stdout}\n${out.stderr}`)),
        );
        check();
      }),
  };
  child.stdout.on('data', (chunk: Buffer) => {
    out.stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out.stderr += chunk.toString('utf8');
  });
  child.stdin.end(input ?? '');
  return out;
}

describe('deployCommands', () => {
  let emu: DiscordEmulator;
  let moduleNames: string[];

  beforeAll(async () => {
    emu = await DiscordEmulator.start({ botUser: { username: 'border-brief' } });
    moduleNames = (await readdir(COMMANDS_DIR))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => basename(f, '.ts'))
      .sort();
  });

  afterAll(async () => {
    await emu?.stop();
  });

  it('registers exactly the command modules to the guild, asking Discord for the application id', async () => {
    const result = await deployCommands({
      token: TOKEN,
      apiUrl: emu.apiUrl,
      applicationId: null,
      guildId: emu.defaultGuildId,
    });
    expect(result).toEqual({
      applicationId: emu.applicationId,
      scope: { guildId: emu.defaultGuildId },
      names: moduleNames,
    });
    expect(emu.calls.some((c) => c.method === 'GET' && c.path === '/api/v10/applications/@me')).toBe(true);
    const registered = emu.guildCommands(emu.defaultGuildId);
    expect(registered.map((c) => c.name).sort()).toEqual(moduleNames);
    expect(emu.globalCommands).toEqual([]);

    const kb = registered.find((c) => c.name === 'kb');
    expect(kb?.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(kb?.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
    expect(kb?.options?.map((o) => o.name)).toEqual(['status', 'refresh', 'add']);
    const ask = registered.find((c) => c.name === 'ask');
    expect(ask?.options?.[0]).toMatchObject({
      name: 'question',
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
    });
    for (const command of registered) {
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('is idempotent: a second run overwrites in place and keeps the command ids', async () => {
    const before = emu.guildCommands(emu.defaultGuildId).map((c) => [c.name, c.id]);
    await deployCommands({
      token: TOKEN,
      apiUrl: emu.apiUrl,
      applicationId: emu.applicationId,
      guildId: emu.defaultGuildId,
    });
    const after = emu.guildCommands(emu.defaultGuildId).map((c) => [c.name, c.id]);
    expect(after).toEqual(before);
    const puts = emu.calls.filter((c) => c.method === 'PUT');
    expect(puts.length).toBe(2);
  });

  it('registers globally when no guild is given, from the npm script', async () => {
    const child = run('src/cli/deploy-commands.ts', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emu.apiUrl });
    expect(await child.exit).toBe(0);
    expect(child.stdout).toContain(`registered ${moduleNames.length} commands globally`);
    expect(emu.globalCommands.map((c) => c.name).sort()).toEqual(moduleNames);
  });

  it('says what to set when DISCORD_TOKEN is missing', async () => {
    const child = run('src/cli/deploy-commands.ts', {});
    expect(await child.exit).toBe(2);
    expect(child.stderr).toContain('set DISCORD_TOKEN');
  });
});

describe('npm start', () => {
  it('without DISCORD_TOKEN, chats in the terminal on the same engine and says how to connect', async () => {
    const child = run('src/main.ts', {}, 'How many troops did Mexico deploy?\nwhat else?\n/quit\n');
    expect(await child.exit).toBe(0);
    expect(child.stdout).toContain('15,000 troops');
    expect(child.stdout).toContain('set DISCORD_TOKEN in .env');
    expect(child.stdout).toContain('npm run deploy-commands');
  });

  it('with DISCORD_TOKEN, serves Discord, logs JSON lines without the token, and stops cleanly on SIGTERM', async () => {
    const emu = await DiscordEmulator.start({ botUser: { username: 'border-brief' } });
    try {
      const child = run('src/main.ts', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emu.apiUrl });
      await child.waitFor(/"msg":"bot ready"/);
      const id = emu.sendChatInput({
        name: 'ask',
        options: [
          {
            name: 'question',
            type: ApplicationCommandOptionType.String,
            value: 'How many troops did Mexico deploy?',
          },
        ],
      });
      expect(JSON.stringify((await emu.waitForCallback(id)).body)).toContain('15,000');
      child.kill('SIGTERM');
      expect(await child.exit).toBe(0);
      const lines = child.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.map((l) => l['msg'])).toEqual(
        expect.arrayContaining(['knowledge loaded', 'bot ready', 'shutting down', 'bot stopped']),
      );
      for (const line of lines)
        expect(line).toMatchObject({ time: expect.any(String), level: expect.any(String) });
      expect(child.stdout + child.stderr).not.toContain(TOKEN);
    } finally {
      await emu.stop();
    }
  });

  it('fails fast with a message naming the variable when the configuration is wrong', async () => {
    const child = run('src/main.ts', { LOG_LEVEL: 'loud' });
    expect(await child.exit).toBe(2);
    expect(child.stderr).toContain('LOG_LEVEL must be one of');
  });
});
