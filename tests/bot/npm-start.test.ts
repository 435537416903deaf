/**
 * `npm start` as a process manager or `docker stop` drives it: a signal sent to the npm process must reach
 * the bot, which stops, so no second copy keeps answering. Linux only (reads /proc to find npm's children).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.ts';
import { DiscordEmulator } from '../emulator/discord-emulator.ts';
import { TOKEN } from './harness.ts';
import { childEnvironment } from './child-env.ts';

/** Long enough for npm, tsx and the knowledge to start on a busy 2-core machine. */
const READY_TIMEOUT_MS = 30_000;
/** How long the bot may take to stop after the signal: answers in flight finish, the store closes. */
const STOP_TIMEOUT_MS = 10_000;
const POLL_MS = 50;

/** The npm processes a test started, and what ran below them: only these are killed if a test fails. */
const npms: ChildProcessWithoutNullStreams[] = [];
const descendants = new Map<number, string>();

function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

afterEach(() => {
  for (const npm of npms.splice(0)) if (npm.exitCode === null && npm.signalCode === null) npm.kill('SIGKILL');
  for (const [pid, cmd] of descendants) {
    // The same command line: still the process npm started, not another one given the same id since.
    if (isRunning(pid) && commandLine(pid) === cmd) process.kill(pid, 'SIGKILL');
  }
  descendants.clear();
});

/** Ids of the running processes whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      // exited while we looked
    }
  }
  return out;
}

/** `pid` and every process below it. */
function treeOf(pid: number): number[] {
  const below = childrenOf(pid);
  return [pid, ...below.flatMap(treeOf)];
}

function isRunning(pid: number): boolean {
  if (!existsSync(`/proc/${pid}`)) return false;
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return condition();
}

/** `npm start` with a controlled environment (every variable set, so no .env is read), stdin kept open. */
function npmStart(env: Record<string, string>): {
  npm: ChildProcessWithoutNullStreams;
  output: () => string;
} {
  const npmCli = process.env['npm_execpath'];
  const [command, args] =
    npmCli !== undefined && npmCli.endsWith('npm-cli.js')
      ? [process.execPath, [npmCli, 'start', '--silent']]
      : ['npm', ['start', '--silent']];
  const npm = spawn(command, args, {
    cwd: REPO_ROOT,
    env: childEnvironment(env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  npms.push(npm);
  let output = '';
  npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { npm, output: () => output };
}

/** Sends `signal` to npm alone and waits for npm and everything it started to be gone. */
async function signalNpm(npm: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): Promise<number[]> {
  const pid = npm.pid ?? 0;
  const tree = treeOf(pid);
  for (const p of tree.slice(1)) descendants.set(p, commandLine(p) ?? '');
  const node = tree.filter((p) => {
    const argv = (commandLine(p) ?? '').split('\0');
    return /(^|\/)node$/.test(argv[0] ?? '') && argv.includes('src/main.ts');
  });
  expect(node).toHaveLength(1);
  process.kill(pid, signal);
  await until(() => tree.every((p) => !isRunning(p)), STOP_TIMEOUT_MS);
  return tree.filter(isRunning);
}

/** Finding npm's children reads /proc; where there is none (macOS, Windows) the signal tests are skipped. */
const HAS_PROC = existsSync('/proc/self/stat');
if (!HAS_PROC) console.warn('npm start signal tests skipped: no /proc on this system');

describe('the container image', () => {
  it('runs the bot as node itself, with the same flags as npm start', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8'))?.[1] ?? '[]';
    expect(pkg.scripts['start']).toMatch(/^exec node /);
    expect((JSON.parse(cmd) as string[]).join(' ')).toBe(pkg.scripts['start']?.replace(/^exec /, ''));
  });
});

describe.skipIf(!HAS_PROC)('npm start', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops the terminal chat when npm is sent %s',
    async (signal) => {
      const { npm, output } = npmStart({});
      expect(await until(() => output().includes('/quit to leave'), READY_TIMEOUT_MS)).toBe(true);
      expect(await signalNpm(npm, signal)).toEqual([]);
    },
    READY_TIMEOUT_MS + STOP_TIMEOUT_MS + 5_000,
  );

  it(
    'stops serving Discord when npm is sent SIGTERM: it shuts down cleanly and answers no more',
    async () => {
      const emu = await DiscordEmulator.start({ botUser: { username: 'border-brief' } });
      try {
        const { npm, output } = npmStart({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emu.apiUrl });
        expect(await until(() => output().includes('"msg":"bot ready"'), READY_TIMEOUT_MS)).toBe(true);
        const asked = emu.sendChatInput({
          name: 'ask',
          options: [
            {
              name: 'question',
              type: ApplicationCommandOptionType.String,
              value: 'How many troops did Mexico deploy?',
            },
          ],
        });
        expect(JSON.stringify((await emu.waitForCallback(asked)).body)).toContain('15,000');
        expect(await signalNpm(npm, 'SIGTERM')).toEqual([]);
        expect(output()).toContain('"msg":"shutting down"');
        expect(output()).toContain('"msg":"bot stopped"');
      } finally {
        await emu.stop();
      }
    },
    READY_TIMEOUT_MS + STOP_TIMEOUT_MS + 5_000,
  );
});
