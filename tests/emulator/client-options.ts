import type { ClientOptions, IIdentifyThrottler } from 'discord.js';

/** The parts of discord.js {@link ClientOptions} that point a client at the Discord emulator. */
export type EmulatorClientOptions = Required<Pick<ClientOptions, 'rest' | 'ws'>>;

/** Identify throttler that never waits, so re-identifying after a lost session is instant. */
export const IMMEDIATE_IDENTIFY_THROTTLER: IIdentifyThrottler = {
  async waitForIdentify(_shardId: number, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
  },
};

/**
 * Client options for talking to the emulator: REST requests go to `apiUrl` and identifies are not throttled
 * (the default `SimpleIdentifyThrottler` waits up to 6.5 s between identifies).
 *
 * @param apiUrl - The emulator's `apiUrl`, e.g. `http://127.0.0.1:PORT/api`.
 * @example
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], ...emulatorClientOptions(emu.apiUrl) });
 */
export function emulatorClientOptions(apiUrl: string): EmulatorClientOptions {
  return {
    rest: { api: apiUrl },
    ws: { buildIdentifyThrottler: () => IMMEDIATE_IDENTIFY_THROTTLER },
  };
}
