/**
 * A real `redis-server` for the tests, started on a free loopback port and stopped after. Tests that need
 * it use `describe.skipIf(!REDIS_SERVER)`; {@link announceSkip} says on the console when they are skipped.
 * `.ci/run` installs Debian's `redis-server`, so CI always runs them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a starting redis-server may take to answer PING (it takes ~10 ms here; CI machines are slower). */
export const REDIS_START_TIMEOUT_MS = 10_000;
/** How long a stopping redis-server may take before it is killed. */
const REDIS_STOP_TIMEOUT_MS = 5_000;

function findOnPath(name: string): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** The `redis-server` executable on PATH, or `null` (the Redis tests are then skipped). */
export const REDIS_SERVER: string | null = findOnPath('redis-server');

/** Prints, once per test file, that its Redis tests are skipped and how to run them. */
export function announceSkip(what: string): void {
  if (REDIS_SERVER !== null) return;
  console.log(
    `SKIPPED ${what}: redis-server is not on PATH. Install it (Debian: apt-get install redis-server) to run the Redis tests; .ci/run does.`,
  );
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('redis-server: no free port');
  return address.port;
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export interface RedisServer {
  url: string;
  port: number;
  /** Kills the server at once (SIGKILL), like a crash; with `persistent`, its data survives a restart. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  restart(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open and nothing answers, like a hung server. */
  pause(): void;
  /** Lets a paused server go on (SIGCONT). */
  resume(): void;
  /** Stops it and removes its data folder. */
  stop(): Promise<void>;
}

export interface RedisServerOptions {
  /** Append every write to disk (fsync always) so a killed server comes back with its data. */
  persistent?: boolean;
}

/** Starts a redis-server on a free loopback port; always call `stop()`. */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  if (REDIS_SERVER === null) throw new Error('redis-server: not found on PATH');
  const executable = REDIS_SERVER;
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'border-brief-redis-'));
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    ...(options.persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']),
  ];
  let child: ChildProcess | null = null;
  // Never leave a server behind, even if the test process ends abruptly.
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);

  const exited = (proc: ChildProcess, ms: number): Promise<boolean> =>
    proc.exitCode !== null || proc.signalCode !== null
      ? Promise.resolve(true)
      : Promise.race([
          new Promise<boolean>((resolve) => proc.once('exit', () => resolve(true))),
          sleep(ms).then(() => false),
        ]);

  const start = async () => {
    const proc = spawn(executable, args, { stdio: 'ignore' });
    child = proc;
    const deadline = Date.now() + REDIS_START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null)
        throw new Error(`redis-server: exited with ${proc.exitCode} on port ${port}`);
      if (await ping(port)) return;
      await sleep(20);
    }
    proc.kill('SIGKILL');
    throw new Error(`redis-server: not answering on port ${port} after ${REDIS_START_TIMEOUT_MS} ms`);
  };

  const halt = async (signal: NodeJS.Signals) => {
    const proc = child;
    if (proc === null) return;
    proc.kill('SIGCONT');
    proc.kill(signal);
    if (!(await exited(proc, REDIS_STOP_TIMEOUT_MS))) {
      proc.kill('SIGKILL');
      await exited(proc, REDIS_STOP_TIMEOUT_MS);
    }
    child = null;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => halt('SIGKILL'),
    restart: start,
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    async stop() {
      await halt('SIGTERM');
      process.removeListener('exit', killOnExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
