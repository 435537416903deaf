/**
 * `npm run start:sharded`: the bot split into one process per gateway shard by discord.js's own
 * `ShardingManager`. Each process runs `src/main.ts`, the same entry as `npm start`, for its shard, and they
 * share conversations, rate limits and votes through Redis (`KEYV_URL`). `SHARD_COUNT` (a number or `auto`)
 * is the bot's total; `SHARD_LIST` the shards this host runs, so several hosts can split one bot.
 *
 * SIGINT/SIGTERM reach every shard: the launcher sends each one SIGTERM, waits for them to finish the answers
 * in flight and stop, then exits. A shard that dies otherwise is started again by the manager.
 */
import { once } from 'node:events';
import { join } from 'node:path';
import { ShardingManager, type Shard } from 'discord.js';
import { READY_TIMEOUT_MS, SHUTDOWN_TIMEOUT_MS } from './bot/bot.ts';
import { allShards, recommendedShardCount } from './bot/sharding.ts';
import { configOrExplain } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { REPO_ROOT } from './paths.ts';

/** The bot entry each shard process runs, with the flags `npm start` gives node. */
const BOT_ENTRY = join(REPO_ROOT, 'src', 'main.ts');
const SHARD_EXEC_ARGV = ['--v8-pool-size=0', '--import', 'tsx'];
/** Discord allows one IDENTIFY per 5 s (per `max_concurrency` bucket); discord.js's own default spacing. */
const SPAWN_DELAY_MS = 5_500;
/** A shard's start: the knowledge loads, then the gateway must be ready within the bot's own limit. */
const SPAWN_TIMEOUT_MS = READY_TIMEOUT_MS + 30_000;
/** How long stopping shards may take (they wait up to SHUTDOWN_TIMEOUT_MS for answers) before they are killed. */
const STOP_TIMEOUT_MS = SHUTDOWN_TIMEOUT_MS + 5_000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function exited(child: NonNullable<Shard['process']>, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return Promise.race([
    once(child, 'exit').then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
  ]);
}

/** Sends SIGTERM to every shard process, waits for them to stop, kills those that do not. */
async function stopShards(manager: ShardingManager, logger: Logger): Promise<void> {
  manager.respawn = false;
  const children = [...manager.shards.values()].flatMap((shard) =>
    shard.process === null ? [] : [{ id: shard.id, child: shard.process }],
  );
  for (const { child } of children) child.kill('SIGTERM');
  await Promise.all(
    children.map(async ({ id, child }) => {
      if (await exited(child, STOP_TIMEOUT_MS)) return;
      logger.warn({ shardId: id, pid: child.pid }, 'shard did not stop in time; killing it');
      child.kill('SIGKILL');
      await exited(child, STOP_TIMEOUT_MS);
    }),
  );
}

async function main(): Promise<number> {
  const config = configOrExplain();
  if (config === null) return 2;
  const token = config.discordToken;
  if (token === null) {
    console.error(
      'config: DISCORD_TOKEN must be set to run shards (npm start chats in the terminal without it)',
    );
    return 2;
  }
  const logger = createLogger({ level: config.logLevel, secrets: [token] }).child({ launcher: true });
  const count =
    config.sharding === null || config.sharding.count === 'auto'
      ? await recommendedShardCount(config.discordApiUrl, token)
      : config.sharding.count;
  const ids = config.sharding?.ids ?? allShards(count);
  if (ids.some((id) => id >= count))
    throw new Error(`Discord recommends ${count} shards, fewer than SHARD_LIST needs; set SHARD_COUNT`);

  const manager = new ShardingManager(BOT_ENTRY, {
    token,
    totalShards: count,
    shardList: ids,
    mode: 'process',
    execArgv: SHARD_EXEC_ARGV,
    respawn: true,
  });
  let stopping: Promise<number> | null = null;
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id, count }, 'starting shard');
    // Spawning goes on between shards; one started after the signal is stopped at once.
    shard.once('spawn', () => {
      if (stopping !== null) shard.process?.kill('SIGTERM');
    });
    shard.on('death', (child) => {
      if (manager.respawn)
        logger.warn(
          { shardId: shard.id, exitCode: 'exitCode' in child ? child.exitCode : null },
          'shard process ended; starting it again',
        );
    });
  });

  let spawning: Promise<unknown> = Promise.resolve();
  const stop = (signal: string): Promise<number> => {
    stopping ??= (async () => {
      logger.info({ signal }, 'stopping shards');
      await stopShards(manager, logger);
      // A shard still starting when the signal came is stopped once the manager has given up on it.
      await spawning.catch(() => undefined);
      await stopShards(manager, logger);
      logger.info({}, 'shards stopped');
      return 0;
    })();
    return stopping;
  };
  const stopped = new Promise<number>((resolve) => {
    for (const signal of STOP_SIGNALS) process.once(signal, () => void stop(signal).then(resolve));
  });

  logger.info({ count, shards: ids }, 'starting shards');
  spawning = manager.spawn({ amount: count, delay: SPAWN_DELAY_MS, timeout: SPAWN_TIMEOUT_MS });
  try {
    await spawning;
  } catch (error) {
    if (stopping !== null) return stopping;
    await stopShards(manager, logger);
    throw error;
  }
  if (stopping === null) logger.info({ count, shards: ids }, 'shards ready');
  return stopped;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`border-brief shards: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
