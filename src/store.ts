/**
 * The keyv store for conversations, rate limits, feedback and refresh history: embedded (in-process) by
 * default, Redis when `KEYV_URL` is set so several processes share it.
 */
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';

export const STORE_NAMESPACE = 'border-brief';

/** Creates the store; a Redis URL gives a shared store, `null` the embedded one. */
export function createStore(url: string | null, onError: (error: unknown) => void = () => {}): Keyv {
  const store = url
    ? new Keyv({
        store: new KeyvRedis(url, { throwOnConnectError: false, throwOnErrors: false }),
        namespace: STORE_NAMESPACE,
        throwOnErrors: false,
      })
    : new Keyv({ namespace: STORE_NAMESPACE });
  store.on('error', onError);
  return store;
}
