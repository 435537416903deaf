/**
 * `npm start`: loads the configuration and the knowledge once, then serves Discord when `DISCORD_TOKEN` is
 * set, or the terminal chat when it is not. SIGINT/SIGTERM stop taking work, let answers in flight finish,
 * close the gateway (or end the chat) and the store. `npm start` runs it with `exec`, so node is npm's child
 * and receives the signals npm passes on, instead of a shell that would die and leave it running. Each shard
 * process of `npm run start:sharded` (src/shard-manager.ts) runs this too.
 */
import { createRuntime } from './answer/create.ts';
import type { BotHandle } from './bot/bot.ts';
import { runChat } from './cli/chat.ts';
import { configOrExplain } from './config.ts';
import { createLogger } from './log.ts';
import { KB_PATH, KNOWLEDGE_DIR } from './paths.ts';
import { closeStore, createStore, storeHealthLogger } from './store.ts';

/** What a terminal (Ctrl-C), a process manager or `docker stop` sends; a second one ends the process at once. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

async function main(): Promise<number> {
  const config = configOrExplain();
  if (config === null) return 2;
  const chat = config.discordToken === null;
  // In the chat, logs go to stderr and only warnings and errors show, so they don't interleave with answers.
  const logger = createLogger({
    level: chat && (config.logLevel === 'debug' || config.logLevel === 'info') ? 'warn' : config.logLevel,
    secrets: [config.discordToken],
    ...(chat ? { write: (line: string) => void process.stderr.write(line) } : {}),
    // Readable lines in a developer's terminal; JSON lines wherever output is piped or collected.
    pretty: !chat && process.stdout.isTTY === true,
  });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  // One line when Redis goes away and one when it is back, however many calls fail in between.
  const store = createStore(config.keyvUrl, {
    ...storeHealthLogger(logger),
    timeoutMs: config.redisTimeoutMs,
  });
  const started = performance.now();
  const runtime = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store });
  logger.info(
    {
      version: runtime.kb.version,
      counts: runtime.kb.counts,
      store: config.keyvUrl === null ? 'embedded' : 'redis',
      ms: Math.round(performance.now() - started),
    },
    'knowledge loaded',
  );

  if (chat) {
    const stop = new AbortController();
    for (const signal of STOP_SIGNALS) process.once(signal, () => stop.abort());
    await runChat({ engine: runtime.engine, signal: stop.signal });
    await closeStore(store);
    return 0;
  }

  let bot: BotHandle | null = null;
  let shuttingDown: Promise<number> | null = null;
  const shutdown = (signal: string): Promise<number> => {
    shuttingDown ??= (async () => {
      logger.info({ signal, inFlight: bot?.inFlight() ?? 0 }, 'shutting down');
      await bot?.stop();
      await closeStore(store);
      return 0;
    })();
    return shuttingDown;
  };
  const stopped = new Promise<number>((resolve) => {
    for (const signal of STOP_SIGNALS) process.once(signal, () => void shutdown(signal).then(resolve));
    // A shard started by the launcher (npm run start:sharded) stops with it, even if it was killed outright.
    if (process.send !== undefined) {
      if (process.connected) process.once('disconnect', () => void shutdown('launcher gone').then(resolve));
      else void shutdown('launcher gone').then(resolve);
      // discord.js tells the launcher of each gateway disconnect without waiting for an answer; with the
      // launcher gone that is an 'error' event on process, which would end the shard before it stopped.
      process.on('error', (error) => logger.debug({ err: error }, 'could not reach the launcher'));
    }
  });
  // The bot's modules (discord.js, the charts, the knowledge pipeline for /kb) load only when it runs: the
  // terminal chat starts without them.
  const { startBot } = await import('./bot/bot.ts');
  bot = await startBot({ config, runtime, store, logger });
  if (shuttingDown !== null) await bot.stop();
  return stopped;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`border-brief: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
