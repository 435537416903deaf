/**
 * The keyv store for conversations, rate limits, feedback and refresh history: embedded (in-process) by
 * default, Redis when `KEYV_URL` is set so several processes share it.
 *
 * A Redis that is down must not stop answers. The Redis client queues commands while it reconnects, so a
 * call would wait for as long as Redis is away; every Redis operation therefore gives up after
 * {@link STORE_TIMEOUT_MS}, and after a failure the store answers "nothing stored" at once for
 * {@link STORE_RETRY_AFTER_MS} before it tries Redis again. Callers see a miss, never a hang or a throw.
 */
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';

export const STORE_NAMESPACE = 'border-brief';
export const STORE_TIMEOUT_MS = 500;
export const STORE_RETRY_AFTER_MS = 5_000;

export interface StoreOptions {
  /** How long one Redis operation may take before it counts as a failure. */
  timeoutMs?: number;
  /** How long to skip Redis after a failure. */
  retryAfterMs?: number;
}

/** The store's operations that get a deadline, and what they answer when Redis does not. */
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

class StoreTimeoutError extends Error {
  constructor(operation: string, ms: number) {
    super(`store: Redis did not answer ${operation} within ${ms} ms`);
    this.name = 'StoreTimeoutError';
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(operation, ms)), ms);
    timer.unref();
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Wraps a Redis adapter so each operation has a deadline and a failure opens a short circuit breaker. */
function resilient(
  adapter: KeyvRedis<unknown>,
  options: Required<StoreOptions>,
  onError: (error: unknown) => void,
): { adapter: KeyvRedis<unknown>; available: () => boolean } {
  let skipUntil = 0;
  /** Operations waiting on Redis; a failure seen anywhere releases them at once. */
  const waiting = new Set<(error: unknown) => void>();
  const fail = (error: unknown) => {
    const wasHealthy = Date.now() >= skipUntil;
    skipUntil = Date.now() + options.retryAfterMs;
    if (wasHealthy) onError(error);
    for (const release of [...waiting]) {
      waiting.delete(release);
      release(error);
    }
  };
  adapter.on('error', fail);
  const proxy = new Proxy(adapter, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !(property in FALLBACKS) || typeof value !== 'function')
        return value;
      const fallback = FALLBACKS[property];
      return async (...args: unknown[]) => {
        if (Date.now() < skipUntil) return fallback;
        let release: (error: unknown) => void = () => {};
        const released = new Promise<never>((_, reject) => {
          release = reject;
        });
        waiting.add(release);
        try {
          const call = Promise.resolve((value as (...a: unknown[]) => unknown).apply(target, args));
          return await withDeadline(Promise.race([call, released]), options.timeoutMs, property);
        } catch (error) {
          if (waiting.has(release)) fail(error);
          return fallback;
        } finally {
          waiting.delete(release);
        }
      };
    },
  });
  return { adapter: proxy, available: () => Date.now() >= skipUntil };
}

const availability = new WeakMap<Keyv, () => boolean>();

/** False while the store's Redis is failing (reads then miss and writes are dropped); the embedded store is always available. */
export function storeAvailable(store: Keyv): boolean {
  return availability.get(store)?.() ?? true;
}

/**
 * Creates the store; a Redis URL gives a shared store, `null` the embedded one.
 * @param onError called when Redis fails (once per outage, not once per operation).
 */
export function createStore(
  url: string | null,
  onError: (error: unknown) => void = () => {},
  options: StoreOptions = {},
): Keyv {
  if (!url) {
    const store = new Keyv({ namespace: STORE_NAMESPACE });
    store.on('error', onError);
    return store;
  }
  const redis = resilient(
    new KeyvRedis(url, { throwOnConnectError: false, throwOnErrors: false }),
    {
      timeoutMs: options.timeoutMs ?? STORE_TIMEOUT_MS,
      retryAfterMs: options.retryAfterMs ?? STORE_RETRY_AFTER_MS,
    },
    onError,
  );
  const store = new Keyv({ store: redis.adapter, namespace: STORE_NAMESPACE, throwOnErrors: false });
  availability.set(store, redis.available);
  // Adapter errors already reach onError through the breaker; keyv re-emits them and must not throw.
  store.on('error', () => {});
  return store;
}

/** Closes the store, giving up after `timeoutMs` (a dead Redis must not hold up shutdown). */
export async function closeStore(store: Keyv, timeoutMs: number = STORE_TIMEOUT_MS * 2): Promise<void> {
  try {
    await withDeadline(store.disconnect(), timeoutMs, 'disconnect');
  } catch {
    // Nothing left to do: the process is exiting.
  }
}
