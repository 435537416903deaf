/**
 * The keyv store for conversations, the answers behind the buttons, feedback and refresh history: embedded
 * (in-process, bounded) by default, Redis when `KEYV_URL` is set so several processes share it.
 *
 * A Redis that is down must not stop answers. The Redis client does not queue commands while it is
 * disconnected (they fail at once), every Redis operation gives up after its deadline (`REDIS_TIMEOUT_MS`, by
 * default {@link STORE_TIMEOUT_MS}: a Redis that hangs), and after a failure the store answers "nothing stored" at once for
 * {@link STORE_RETRY_AFTER_MS}, or until the client reconnects, before it tries Redis again. Callers see a
 * miss, never a hang or a throw. An outage is reported once when it begins and once when it ends.
 */
import { createClient, type RedisClientType } from '@redis/client';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { LRUCache } from 'lru-cache';
import { DEFAULT_REDIS_TIMEOUT_MS } from './config.ts';
import type { Logger } from './log.ts';

export const STORE_NAMESPACE = 'border-brief';
/** Prefix of every key in Redis: keyv's `<namespace>::` for its keys, and the same for the counters. */
export const REDIS_KEY_PREFIX = `${STORE_NAMESPACE}::`;
/** One Redis operation's deadline unless the caller gives one (the bot gives `REDIS_TIMEOUT_MS`'s). */
export const STORE_TIMEOUT_MS = DEFAULT_REDIS_TIMEOUT_MS;
export const STORE_RETRY_AFTER_MS = 5_000;
/** Reconnection backoff cap: a restarted Redis is back in use within about a second. */
export const RECONNECT_MAX_DELAY_MS = 1_000;
/**
 * The embedded store's bound, in characters of stored (serialised) values. An answer record is about
 * 2.4 K characters and a conversation 1–3 K, so this holds some 10,000 users' state (68,000 entries in
 * `npm run bench:soak`); the least recently used entries go first. The soak measured 1.6 bytes of heap per
 * stored character, so the full store is about 50 MB of heap, within a small container's budget.
 */
export const EMBEDDED_STORE_MAX_CHARS = 32 * 1024 * 1024;
/** How often the embedded store removes expired entries nobody reads (they also go when read or evicted). */
export const EMBEDDED_PURGE_INTERVAL_MS = 60_000;

export interface StoreEvents {
  /** Redis stopped answering: called once when an outage begins, not once per operation. */
  onUnavailable?: (error: unknown) => void;
  /** Redis answers again after an outage; `downMs` is how long it was away. */
  onRecovered?: (downMs: number) => void;
}

export interface StoreOptions extends StoreEvents {
  /** How long one Redis operation may take before it counts as a failure. */
  timeoutMs?: number;
  /** How long to skip Redis after a failure (unless the client reconnects sooner). */
  retryAfterMs?: number;
  /** The embedded store's bound, in characters of stored values. */
  maxChars?: number;
  /** How often the embedded store removes expired entries nobody reads. */
  purgeIntervalMs?: number;
}

/** Redis did not answer: the breaker is open, the call failed or it took too long. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(`store: ${message}`, options);
    this.name = 'StoreUnavailableError';
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StoreUnavailableError(`Redis did not answer ${operation} within ${ms} ms`)),
      ms,
    );
    timer.unref();
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Deadline and circuit breaker shared by every Redis call of one process (keyv's and the counters'), and
 * the one place that knows whether Redis is in an outage.
 */
class RedisBreaker {
  #skipUntil = 0;
  #downSince: number | null = null;
  /** Operations waiting on Redis; a failure seen anywhere releases them at once. */
  readonly #waiting = new Set<(error: unknown) => void>();

  constructor(
    private readonly options: Required<Pick<StoreOptions, 'timeoutMs' | 'retryAfterMs'>> & StoreEvents,
  ) {}

  /** False while calls are being skipped after a failure. */
  get available(): boolean {
    return Date.now() >= this.#skipUntil;
  }

  fail(error: unknown): void {
    this.#skipUntil = Date.now() + this.options.retryAfterMs;
    if (this.#downSince === null) {
      this.#downSince = Date.now();
      this.options.onUnavailable?.(error);
    }
    for (const release of [...this.#waiting]) {
      this.#waiting.delete(release);
      release(error);
    }
  }

  /** The client is connected again: let the next call try Redis at once. */
  reconnected(): void {
    this.#skipUntil = 0;
  }

  /** Runs one Redis call; rejects with {@link StoreUnavailableError} when Redis is skipped, fails or hangs. */
  async run<T>(operation: string, call: () => Promise<T>): Promise<T> {
    if (!this.available) throw new StoreUnavailableError(`Redis is unavailable (${operation} skipped)`);
    let release: (error: unknown) => void = () => {};
    const released = new Promise<never>((_, reject) => {
      release = reject;
    });
    this.#waiting.add(release);
    try {
      const result = await withDeadline(Promise.race([call(), released]), this.options.timeoutMs, operation);
      if (this.#downSince !== null) {
        const downMs = Date.now() - this.#downSince;
        this.#downSince = null;
        this.options.onRecovered?.(downMs);
      }
      return result;
    } catch (error) {
      if (this.#waiting.has(release)) this.fail(error);
      throw error instanceof StoreUnavailableError
        ? error
        : new StoreUnavailableError(`Redis failed ${operation}`, { cause: error });
    } finally {
      this.#waiting.delete(release);
    }
  }
}

/** The store's operations that go through the breaker, and what they answer when Redis does not. */
const FALLBACKS: Record<string, unknown> = {
  get: undefined,
  getMany: null,
  set: false,
  setMany: undefined,
  delete: false,
  deleteMany: false,
  has: false,
  hasMany: null,
  clear: undefined,
};

/** Wraps a Redis adapter so each operation goes through `run` and answers a miss when it fails. */
function resilient(
  adapter: KeyvRedis<unknown>,
  run: <T>(operation: string, call: () => Promise<T>) => Promise<T>,
): KeyvRedis<unknown> {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !(property in FALLBACKS) || typeof value !== 'function')
        return value;
      const fallback = FALLBACKS[property];
      return async (...args: unknown[]) => {
        try {
          return await run(property, async () => (value as (...a: unknown[]) => unknown).apply(target, args));
        } catch {
          return fallback;
        }
      };
    },
  });
}

/**
 * keyv's in-memory adapter over `lru-cache`: entries expire with their TTL (expired ones are removed when
 * read, when evicted and by a periodic purge) and the whole is bounded in characters of stored values.
 */
class LruStoreAdapter {
  readonly cache: LRUCache<string, string>;
  readonly #purge: NodeJS.Timeout;

  constructor(maxChars: number, purgeIntervalMs: number) {
    this.cache = new LRUCache<string, string>({
      maxSize: maxChars,
      sizeCalculation: (value, key) => Math.max(1, value.length + key.length),
    });
    this.#purge = setInterval(() => this.cache.purgeStale(), purgeIntervalMs);
    this.#purge.unref();
  }

  get(key: string): string | undefined {
    return this.cache.get(key);
  }

  set(key: string, value: unknown, ttl?: number): boolean {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    this.cache.set(key, text, ttl !== undefined && ttl > 0 ? { ttl } : {});
    return true;
  }

  delete(key: string): boolean {
    return this.cache.delete(key);
  }

  has(key: string): boolean {
    return this.cache.has(key);
  }

  clear(): void {
    this.cache.clear();
  }

  /** Stops the purge timer (it is unref'd, so this only matters to tests that count timers). */
  close(): void {
    clearInterval(this.#purge);
  }
}

/** What the counters need of a Redis store: its client, and the breaker every call must go through. */
export interface RedisAccess {
  client: RedisClientType;
  /** Runs a call on `client` with the store's deadline and breaker; rejects with {@link StoreUnavailableError}. */
  run<T>(operation: string, call: (client: RedisClientType) => Promise<T>): Promise<T>;
}

interface StoreInternals {
  available: () => boolean;
  redis: RedisAccess | null;
  embedded: LruStoreAdapter | null;
}

const internals = new WeakMap<Keyv, StoreInternals>();

/** False while the store's Redis is failing (reads then miss and writes are dropped); the embedded store is always available. */
export function storeAvailable(store: Keyv): boolean {
  return internals.get(store)?.available() ?? true;
}

/** The store's Redis client and breaker, or `null` for the embedded store (or a store made elsewhere). */
export function redisOf(store: Keyv): RedisAccess | null {
  return internals.get(store)?.redis ?? null;
}

/** Entries and characters held by the embedded store (`null` for Redis), for the soak benchmark. */
export function embeddedStoreSize(store: Keyv): { entries: number; chars: number; maxChars: number } | null {
  const embedded = internals.get(store)?.embedded;
  if (!embedded) return null;
  return {
    entries: embedded.cache.size,
    chars: embedded.cache.calculatedSize,
    maxChars: embedded.cache.maxSize,
  };
}

function reconnectDelay(retries: number): number {
  return Math.min(2 ** retries * 50, RECONNECT_MAX_DELAY_MS) + Math.floor(Math.random() * 50);
}

/**
 * Creates the store; a Redis URL gives a shared store, `null` the bounded embedded one. `onUnavailable` and
 * `onRecovered` are called once per Redis outage (see {@link storeHealthLogger}).
 */
export function createStore(url: string | null, options: StoreOptions = {}): Keyv {
  if (!url) {
    const embedded = new LruStoreAdapter(
      options.maxChars ?? EMBEDDED_STORE_MAX_CHARS,
      options.purgeIntervalMs ?? EMBEDDED_PURGE_INTERVAL_MS,
    );
    const store = new Keyv({
      store: embedded,
      namespace: STORE_NAMESPACE,
      // keyv's default serialiser builds its string by concatenation, which V8 keeps as a tree of pieces:
      // held in the cache, that costs about 6 bytes per character instead of 1–2. JSON.stringify's is flat.
      serialize: (data) => JSON.stringify(data),
      deserialize: (data) => (typeof data === 'string' ? JSON.parse(data) : undefined),
    });
    internals.set(store, { available: () => true, redis: null, embedded });
    return store;
  }
  const breaker = new RedisBreaker({
    timeoutMs: options.timeoutMs ?? STORE_TIMEOUT_MS,
    retryAfterMs: options.retryAfterMs ?? STORE_RETRY_AFTER_MS,
    ...(options.onUnavailable ? { onUnavailable: options.onUnavailable } : {}),
    ...(options.onRecovered ? { onRecovered: options.onRecovered } : {}),
  });
  const client: RedisClientType = createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: reconnectDelay, connectTimeout: STORE_TIMEOUT_MS * 2 },
  });
  client.on('error', (error: unknown) => breaker.fail(error));
  client.on('ready', () => breaker.reconnected());
  // Connecting here (not on the first call) means keyv's adapter never connects or destroys the client
  // itself; calls made before the first connection wait for it (within their deadline) instead of failing.
  const connected = client.connect().then(
    () => undefined,
    (error: unknown) => breaker.fail(error),
  );
  const run = <T>(operation: string, call: () => Promise<T>): Promise<T> =>
    breaker.run(operation, () => connected.then(call));
  const adapter = new KeyvRedis(client, { throwOnConnectError: false, throwOnErrors: true });
  adapter.on('error', () => {});
  const store = new Keyv({
    store: resilient(adapter as KeyvRedis<unknown>, run),
    namespace: STORE_NAMESPACE,
    // The adapter prefixes `<namespace>::` itself; keyv's own prefix would double it.
    useKeyPrefix: false,
    throwOnErrors: false,
  });
  // Failures already reach the breaker; keyv re-emits them and must not throw for want of a listener.
  store.on('error', () => {});
  internals.set(store, {
    available: () => breaker.available,
    redis: { client, run: (operation, call) => run(operation, () => call(client)) },
    embedded: null,
  });
  return store;
}

/** Store events that log one warning when Redis goes away and one line when it is back. */
export function storeHealthLogger(logger: Logger): Required<StoreEvents> {
  return {
    onUnavailable: (error) =>
      logger.warn(
        { error: error instanceof Error ? error.message : String(error) },
        'store unavailable: answering without conversation memory or saved votes until Redis is back',
      ),
    onRecovered: (downMs) => logger.info({ downMs }, 'store available again'),
  };
}

/** Closes the store, giving up after `timeoutMs` (a dead Redis must not hold up shutdown). */
export async function closeStore(store: Keyv, timeoutMs: number = STORE_TIMEOUT_MS * 2): Promise<void> {
  const parts = internals.get(store);
  parts?.embedded?.close();
  const client = parts?.redis?.client;
  try {
    if (client) {
      if (client.isOpen) await withDeadline(client.close(), timeoutMs, 'close');
    } else await withDeadline(store.disconnect(), timeoutMs, 'disconnect');
  } catch {
    // Nothing left to do but drop the connection.
  }
  if (client?.isOpen) client.destroy();
}
