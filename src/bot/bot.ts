/**
 * The Discord bot: one discord.js client wired to the answer engine. Everything it needs is injected, so
 * tests start exactly this code against the local emulator.
 *
 * Intents: Guilds (slash commands and guild data), DirectMessages (DM questions, with the Channel partial
 * because DM channels are not cached) and GuildMessages, without which Discord sends no MESSAGE_CREATE for
 * server channels at all, so mentions could not be answered. None of them is privileged; MessageContent
 * (privileged) is not requested, since a message that mentions the bot carries its content anyway.
 */
import { once } from 'node:events';
import { join } from 'node:path';
import type Keyv from 'keyv';
import {
  ActivityType,
  Client,
  Events,
  GatewayIntentBits,
  Options,
  Partials,
  type ClientOptions,
} from 'discord.js';
import type { Runtime } from '../answer/create.ts';
import { ChartRenderer } from '../charts/chart-renderer.ts';
import type { Config } from '../config.ts';
import { createPipelineTools } from '../knowledge/build.ts';
import type { Logger } from '../log.ts';
import { redisOf } from '../store.ts';
import { KB_PATH, KNOWLEDGE_DIR, REPO_ROOT, SOURCES_DIR } from '../paths.ts';
import type { BotContext, Command } from './command.ts';
import { loadCommands } from './commands.ts';
import { createInteractionHandler } from './interactions.ts';
import { inProcessBuilder, workerBuilder } from './knowledge-builder.ts';
import { ArticlePreviews } from './article-previews.ts';
import { KnowledgeManager } from './knowledge-manager.ts';
import { KnowledgeSync, processName } from './knowledge-sync.ts';
import { createMessageHandler } from './messages.ts';
import { NO_MENTIONS } from './render.ts';
import { SharedKnowledge } from './shared-knowledge.ts';
import { clientShardOptions } from './sharding.ts';
import { BotState } from './state.ts';

export const BOT_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.GuildMessages,
] as const;
export const READY_TIMEOUT_MS = 60_000;
export const SHUTDOWN_TIMEOUT_MS = 10_000;
/** Messages are never read back from the cache; a small one is enough for discord.js's own needs. */
const MESSAGE_CACHE_SIZE = 25;

/** Where the knowledge lives; tests point these at a temporary copy. */
export interface KnowledgePaths {
  sourcesDir: string;
  kbPath: string;
  /** Source paths in the knowledge file are relative to this directory. */
  root: string;
}

export interface StartBotOptions {
  config: Config;
  runtime: Runtime;
  store: Keyv;
  logger: Logger;
  paths?: Partial<KnowledgePaths>;
  /** Merged over the bot's own client options (tests pass the emulator's identify throttler). */
  clientOptions?: Partial<ClientOptions>;
  commandsDir?: string;
  /** Where refreshes build: a worker thread (default; answers keep flowing) or this thread. */
  knowledgeBuilder?: 'worker' | 'in-process';
  readyTimeoutMs?: number;
  shutdownTimeoutMs?: number;
  /** Draws answer pictures; by default one is built here (drawing in a worker thread) and closed on stop. */
  charts?: ChartRenderer;
  /**
   * Draw the whole timeline's picture once ready (default true), so starting the drawing thread (1–3 s of
   * CPU) happens at start, not during the first `/timeline`.
   */
  warmCharts?: boolean;
}

export interface BotHandle {
  client: Client<true>;
  context: BotContext;
  commands: ReadonlyMap<string, Command>;
  /** Handlers still running. */
  inFlight(): number;
  /** Stops taking work, waits for handlers in flight (up to the shutdown timeout), destroys the client. */
  stop(): Promise<void>;
}

/** The knowledge paths of the repository, with `overrides`. */
export function knowledgePaths(overrides: Partial<KnowledgePaths> = {}): KnowledgePaths {
  const sourcesDir = overrides.sourcesDir ?? SOURCES_DIR;
  return {
    sourcesDir,
    kbPath: overrides.kbPath ?? KB_PATH,
    root: overrides.root ?? (overrides.sourcesDir === undefined ? REPO_ROOT : join(sourcesDir, '..', '..')),
  };
}

/** The paths of a knowledge folder laid out like the repository's (`<dir>/sources`, `<dir>/kb.json`). */
export function knowledgePathsIn(knowledgeDir: string = KNOWLEDGE_DIR): KnowledgePaths {
  return knowledgePaths({
    sourcesDir: join(knowledgeDir, 'sources'),
    kbPath: join(knowledgeDir, 'kb.json'),
    root: join(knowledgeDir, '..'),
  });
}

/** Logs in, waits until the client is ready, and returns the running bot. */
export async function startBot(options: StartBotOptions): Promise<BotHandle> {
  const { config, runtime, store, logger } = options;
  if (config.discordToken === null) throw new Error('bot: DISCORD_TOKEN is not set');
  const paths = knowledgePaths(options.paths);
  const state = new BotState(store, {
    rateLimitPerWindow: config.rateLimitPerWindow,
    rateLimitWindowMs: config.rateLimitWindowMs,
    onError: (error, operation) => logger.warn({ err: error, operation }, 'store operation failed'),
  });
  // The pipeline tools (and the full wink-nlp pipeline they read with) are built by the first refresh.
  const inProcess = inProcessBuilder(() =>
    createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors, runtime.engineData.wordnet),
  );
  // With Redis, the knowledge is one for all processes: published there by a refresh, followed here.
  const redis = redisOf(store);
  const shared = redis === null ? null : new SharedKnowledge(redis);
  const name = processName();
  const knowledge = await KnowledgeManager.create({
    engine: runtime.engine,
    build:
      options.knowledgeBuilder === 'in-process'
        ? inProcess
        : workerBuilder(runtime.knowledgeData, inProcess, logger),
    ...paths,
    state,
    logger,
    ...(shared === null ? {} : { shared, processName: name }),
  });
  const sync =
    redis === null || shared === null
      ? null
      : new KnowledgeSync({ shared, redis, server: knowledge, logger, processName: name });
  await sync?.start();
  const charts = options.charts ?? new ChartRenderer();
  const articles = new ArticlePreviews({
    fetch: { allowLoopback: config.kbFetchAllowLoopback, timeoutMs: config.kbFetchTimeoutMs },
    knowledge: () => runtime.engine.knowledge,
  });
  const context: BotContext = { engine: runtime.engine, state, knowledge, articles, config, logger, charts };
  const commands = await loadCommands(options.commandsDir);

  const extra = options.clientOptions ?? {};
  const client = new Client({
    intents: [...BOT_INTENTS],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: MESSAGE_CACHE_SIZE,
    }),
    presence: {
      activities: [{ name: 'custom', state: 'Ask me with /ask or a DM', type: ActivityType.Custom }],
    },
    ...clientShardOptions(config.sharding),
    ...extra,
    rest: { api: config.discordApiUrl, ...extra.rest },
    ...(extra.ws === undefined ? {} : { ws: extra.ws }),
  });

  let accepting = true;
  const running = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };
  const onInteraction = createInteractionHandler({ context, commands, accepting: () => accepting });
  const onMessage = createMessageHandler({
    context,
    botUserId: () => client.user?.id ?? null,
    accepting: () => accepting,
  });
  client.on(Events.InteractionCreate, (interaction) => track(onInteraction(interaction)));
  client.on(Events.MessageCreate, (message) => track(onMessage(message)));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, 'gateway disconnected'),
  );
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) =>
    logger.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'REST rate limited'),
  );

  const readyTimeout = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  try {
    const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(readyTimeout) });
    await client.login(config.discordToken);
    await ready;
  } catch (error) {
    await client.destroy();
    await sync?.stop();
    const reason =
      error instanceof Error && error.name === 'AbortError'
        ? `the gateway did not become ready within ${readyTimeout / 1000} s`
        : error instanceof Error
          ? error.message
          : String(error);
    throw new Error(`bot: could not log in to Discord at ${config.discordApiUrl}: ${reason}`);
  }
  const user = client.user;
  if (user === null) throw new Error('bot: the client is ready but has no user');
  logger.info(
    {
      user: user.tag,
      userId: user.id,
      applicationId: client.application?.id ?? null,
      guilds: client.guilds.cache.size,
      pid: process.pid,
      shards: [...client.ws.shards.keys()],
      shardCount: client.options.shardCount,
      commands: [...commands.keys()],
      knowledge: runtime.engine.knowledge.version,
      counts: runtime.engine.knowledge.counts,
    },
    'bot ready',
  );
  if (options.warmCharts ?? true) warmPictures(context, () => accepting);

  let stopping: Promise<void> | null = null;
  return {
    client: client as Client<true>,
    context,
    commands,
    inFlight: () => running.size,
    stop() {
      stopping ??= (async () => {
        accepting = false;
        const timeout = options.shutdownTimeoutMs ?? SHUTDOWN_TIMEOUT_MS;
        let timer: NodeJS.Timeout | undefined;
        const waited = await Promise.race([
          Promise.allSettled([...running]).then(() => true),
          new Promise<false>((resolve) => {
            timer = setTimeout(() => resolve(false), timeout);
          }),
        ]);
        clearTimeout(timer);
        if (!waited)
          logger.warn({ inFlight: running.size }, 'shutdown: gave up waiting for handlers in flight');
        await client.destroy();
        await sync?.stop();
        if (options.charts === undefined) await charts.close();
        logger.info({}, 'bot stopped');
      })();
      return stopping;
    },
  };
}

/** Draws the whole timeline's picture in the background; a failure is logged unless the bot is stopping. */
function warmPictures(context: BotContext, accepting: () => boolean): void {
  const chart = context.engine.timeline(null, null).chart;
  if (!chart) return;
  context.charts.render(chart, context.engine.knowledge.version).catch((error: unknown) => {
    if (accepting()) context.logger.warn({ err: error }, 'could not draw the timeline picture at start');
  });
}
