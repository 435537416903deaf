/**
 * The knowledge every process serves, kept in Redis when `KEYV_URL` is set (Redis is already the store
 * every process shares, so no other service is needed). Keys, under the store's prefix:
 *
 * - `kb:sources` — a hash, file name → article bytes: every article added with `/kb add`, so a refresh on
 *   any process builds from the sources on its disk and these.
 * - `kb:build:<version>` — a validated knowledge file, gzip-compressed (a large corpus's kb.json is tens
 *   of MB of JSON, which compresses about tenfold). The one it replaces expires after
 *   {@link PREVIOUS_BUILD_KEPT_MS}, so a process still loading it can finish.
 * - `kb:current` — the version every process should serve.
 * - `kb:served:<process>` — what one process serves and since when, refreshed by its heartbeat and gone
 *   {@link SERVED_TTL_MS} after it stops.
 *
 * A new build is stored, pointed to and announced on the `kb:published` channel in one transaction.
 */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { join, relative } from 'node:path';
import { RESP_TYPES } from '@redis/client';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { parseSource, type RawSource } from '../knowledge/sources.ts';
import { validateKnowledge } from '../knowledge/store.ts';
import { REDIS_KEY_PREFIX, type RedisAccess } from '../store.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export const KB_SOURCES_KEY = `${REDIS_KEY_PREFIX}kb:sources`;
export const KB_CURRENT_KEY = `${REDIS_KEY_PREFIX}kb:current`;
export const KB_PUBLISHED_CHANNEL = `${REDIS_KEY_PREFIX}kb:published`;
const KB_SERVED_PREFIX = `${REDIS_KEY_PREFIX}kb:served:`;

/** The key of one build's compressed knowledge file. */
export function buildKey(version: string): string {
  return `${REDIS_KEY_PREFIX}kb:build:${version}`;
}

/**
 * Moving a build takes longer than the store's 500 ms deadline for small values: tens of MB on a LAN is
 * about a second; this is a Redis that is not answering.
 */
export const BUILD_TRANSFER_TIMEOUT_MS = 30_000;
/** How long a replaced build stays readable: far longer than any process takes to load it. */
export const PREVIOUS_BUILD_KEPT_MS = 10 * 60_000;
/** A process missing three heartbeats (see knowledge-sync.ts) drops out of `/kb status`. */
export const SERVED_TTL_MS = 15_000;
/** Keys asked for per SCAN step when listing processes. */
const SCAN_COUNT = 100;

/** What one process serves, as its heartbeat says. */
export interface ServedVersion {
  process: string;
  version: string;
  /** When the process began serving it (ms since the epoch). */
  since: number;
}

/** A published build this process will not serve; the message says why. */
export class RefusedBuildError extends Error {
  constructor(version: string, reason: string) {
    super(`shared knowledge: build ${version} refused: ${reason}`);
    this.name = 'RefusedBuildError';
  }
}

function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`shared knowledge: Redis did not ${what} within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Sources, builds and served versions in Redis; see the module header. */
export class SharedKnowledge {
  readonly #redis: RedisAccess;

  constructor(redis: RedisAccess) {
    this.#redis = redis;
  }

  #binary() {
    return this.#redis.client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  }

  /**
   * The articles added with `/kb add` on any process, parsed as if they were in `sourcesDir` (so their
   * `file`, part of the knowledge's version, is the same on every process laid out alike).
   * @throws when Redis does not answer or an article no longer parses.
   */
  async addedSources(sourcesDir: string, root: string): Promise<RawSource[]> {
    const stored = await deadline(
      this.#binary().hGetAll(KB_SOURCES_KEY),
      BUILD_TRANSFER_TIMEOUT_MS,
      'return the sources',
    );
    return Object.entries(stored)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, bytes]) => parseSource(bytes, relative(root, join(sourcesDir, name)) || name));
  }

  /**
   * Stores a validated build (and the article it adds), points `kb:current` at it and announces it, in
   * one transaction: either every process is told of it, or nothing changed.
   */
  async publish(
    version: string,
    bytes: string,
    newSource: { name: string; bytes: Uint8Array } | null,
  ): Promise<void> {
    const compressed = await gzipAsync(bytes);
    const client = this.#redis.client;
    const previous = await deadline(client.get(KB_CURRENT_KEY), BUILD_TRANSFER_TIMEOUT_MS, 'answer');
    const transaction = client.multi();
    if (newSource !== null) transaction.hSet(KB_SOURCES_KEY, newSource.name, Buffer.from(newSource.bytes));
    transaction.set(buildKey(version), compressed).persist(buildKey(version)).set(KB_CURRENT_KEY, version);
    if (previous !== null && previous !== version)
      transaction.pExpire(buildKey(previous), PREVIOUS_BUILD_KEPT_MS);
    transaction.publish(KB_PUBLISHED_CHANNEL, version);
    await deadline(transaction.exec(), BUILD_TRANSFER_TIMEOUT_MS, 'store the build');
  }

  /** The version every process should serve, or `null` when none was ever published. */
  current(): Promise<string | null> {
    return this.#redis.run('kb:current', (client) => client.get(KB_CURRENT_KEY));
  }

  /**
   * Reads, decompresses and validates a published build (its content must hash to its version).
   * @throws {RefusedBuildError} when it is missing, corrupt or not what it claims to be; other errors
   *   when Redis does not answer.
   */
  async load(version: string): Promise<KnowledgeBase> {
    const compressed = await deadline(
      this.#binary().get(buildKey(version)),
      BUILD_TRANSFER_TIMEOUT_MS,
      'return the build',
    );
    if (compressed === null) throw new RefusedBuildError(version, 'it is not stored');
    let kb: KnowledgeBase;
    try {
      kb = validateKnowledge(JSON.parse((await gunzipAsync(compressed)).toString('utf8')));
    } catch (error) {
      throw new RefusedBuildError(version, error instanceof Error ? error.message : String(error));
    }
    if (kb.version !== version) throw new RefusedBuildError(version, `its content is version ${kb.version}`);
    return kb;
  }

  /** Records that `process` serves `version` (for {@link SERVED_TTL_MS}). */
  async heartbeat(served: ServedVersion): Promise<void> {
    await this.#redis.run('kb:served', (client) =>
      client.set(`${KB_SERVED_PREFIX}${served.process}`, JSON.stringify(served), { PX: SERVED_TTL_MS }),
    );
  }

  /** Forgets `process` (it is stopping). */
  async forget(process: string): Promise<void> {
    await this.#redis.run('kb:served', (client) => client.del(`${KB_SERVED_PREFIX}${process}`));
  }

  /** Every live process and the version it serves, by process name. */
  async served(): Promise<ServedVersion[]> {
    return this.#redis.run('kb:served', async (client) => {
      const keys: string[] = [];
      let cursor = '0';
      do {
        const step = await client.scan(cursor, { MATCH: `${KB_SERVED_PREFIX}*`, COUNT: SCAN_COUNT });
        cursor = String(step.cursor);
        keys.push(...step.keys.map(String));
      } while (cursor !== '0');
      const values = keys.length === 0 ? [] : await client.mGet(keys);
      return values
        .flatMap((v) => (typeof v === 'string' ? [JSON.parse(v) as ServedVersion] : []))
        .sort((a, b) => (a.process < b.process ? -1 : 1));
    });
  }
}
