/**
 * Keeps this process serving the knowledge published in Redis (see shared-knowledge.ts). A dedicated
 * subscriber connection hears each refresh done anywhere; the process then loads the build, validates it
 * and swaps to it, serving the old knowledge until then and keeping it when the new one is refused. A
 * heartbeat every {@link HEARTBEAT_INTERVAL_MS} says what this process serves and catches up with anything
 * missed (a message lost while Redis was away), so a restarted Redis is caught up with within seconds.
 *
 * Redis being away is not logged here: the store already logs one line per outage. A refused build is
 * logged once per version.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { RedisClientType } from '@redis/client';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { Logger } from '../log.ts';
import type { RedisAccess } from '../store.ts';
import { KB_PUBLISHED_CHANNEL, RefusedBuildError, type SharedKnowledge } from './shared-knowledge.ts';

/** Three heartbeats fit in the served entry's TTL, so one late beat does not hide a process. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** How long start waits for Redis before serving what is on disk (it catches up later). */
export const START_SYNC_TIMEOUT_MS = 5_000;

/** What the sync needs of the knowledge manager. */
export interface KnowledgeServer {
  /** The version served now. */
  readonly version: string;
  /** The version a refresh in this process has published and is about to serve, if any. */
  readonly publishing: string | null;
  /** Resolves once the refreshes running or waiting have finished. */
  idle(): Promise<void>;
  /** Serves knowledge validated elsewhere; resolves once it is served (after any refresh running). */
  adopt(kb: KnowledgeBase): Promise<boolean>;
}

export interface KnowledgeSyncOptions {
  shared: SharedKnowledge;
  redis: RedisAccess;
  server: KnowledgeServer;
  logger: Logger;
  /** This process's name in `/kb status` (see {@link processName}). */
  processName: string;
  heartbeatIntervalMs?: number;
}

/** A name for this process in `/kb status`: host, pid and a few random characters (tests run several bots in one process). */
export function processName(): string {
  return `${hostname()}/${process.pid}/${randomBytes(2).toString('hex')}`;
}

/** Follows the published knowledge; see the module header. */
export class KnowledgeSync {
  readonly #options: KnowledgeSyncOptions;
  #subscriber: RedisClientType | null = null;
  #timer: NodeJS.Timeout | null = null;
  #since = Date.now();
  #lastVersion: string | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  #stopped = false;
  readonly #refused = new Set<string>();

  constructor(options: KnowledgeSyncOptions) {
    this.#options = options;
  }

  /** Subscribes, serves the current published version (waiting up to {@link START_SYNC_TIMEOUT_MS}) and starts the heartbeat. */
  async start(): Promise<void> {
    const subscriber = this.#options.redis.client.duplicate();
    this.#subscriber = subscriber;
    subscriber.on('error', (error: unknown) =>
      this.#options.logger.debug({ err: error }, 'knowledge subscriber: Redis error'),
    );
    // On every (re)connection: the client subscribes again itself; what was published meanwhile is caught up.
    subscriber.on('ready', () => void this.catchUp());
    const subscribed = subscriber
      .connect()
      .then(() => subscriber.subscribe(KB_PUBLISHED_CHANNEL, () => void this.catchUp()))
      .catch((error: unknown) =>
        this.#options.logger.debug({ err: error }, 'knowledge subscriber: not connected yet'),
      );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all([subscribed, this.catchUp()]),
      new Promise((resolve) => {
        timer = setTimeout(resolve, START_SYNC_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    this.#timer = setInterval(
      () => void this.catchUp(),
      this.#options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS,
    );
    this.#timer.unref();
  }

  /**
   * Serves the published version if it is not served yet and was not refused, then heartbeats. Calls
   * while one runs are folded into one more run after it.
   */
  catchUp(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#running !== null) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        await this.#step();
      } while (this.#again && !this.#stopped);
    })().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #step(): Promise<void> {
    const { shared, server, logger } = this.#options;
    try {
      const current = await shared.current();
      // This process's own refresh published it: it serves it once the refresh finishes, without reloading it.
      if (current !== null && current === server.publishing) await server.idle();
      if (current !== null && current !== server.version && !this.#refused.has(current)) {
        const started = performance.now();
        try {
          const kb = await shared.load(current);
          if (await server.adopt(kb))
            logger.info(
              { version: current, ms: Math.round(performance.now() - started) },
              'knowledge published elsewhere now served',
            );
        } catch (error) {
          if (!(error instanceof RefusedBuildError)) throw error;
          this.#refused.add(current);
          logger.warn(
            { version: current, served: server.version, reason: error.message },
            'published knowledge refused; still serving the previous version',
          );
        }
      }
      if (server.version !== this.#lastVersion) {
        if (this.#lastVersion !== null) this.#since = Date.now();
        this.#lastVersion = server.version;
      }
      await shared.heartbeat({
        process: this.#options.processName,
        version: server.version,
        since: this.#since,
      });
    } catch (error) {
      logger.debug(
        { err: error },
        'knowledge sync: Redis did not answer; trying again at the next heartbeat',
      );
    }
  }

  /** Stops listening and heartbeating, and takes this process off `/kb status`. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== null) clearInterval(this.#timer);
    await this.#running?.catch(() => undefined);
    await this.#options.shared.forget(this.#options.processName).catch(() => undefined);
    // Nothing is pending on a subscriber that must finish: drop the connection (a dead Redis cannot hold it up).
    try {
      this.#subscriber?.destroy();
    } catch {
      // It never connected.
    }
  }
}
