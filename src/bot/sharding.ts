/**
 * Gateway sharding: which shards a client connects, and how many shards Discord recommends. The launcher
 * (`src/shard-manager.ts`) runs one process per shard; `npm start` runs the configured shards in its one
 * process; with no `SHARD_COUNT`, one shard, as a small bot needs.
 */
import { REST, Routes, type APIGatewayBotInfo, type ClientOptions } from 'discord.js';
import type { ShardingConfig } from '../config.ts';

/**
 * Any count but 1 for `shardCount` beside `shards: 'auto'`: discord.js then asks `GET /gateway/bot` and ignores
 * it, but left at its default (1) it would read `SHARD_COUNT` from the environment, where `auto` is `NaN`.
 */
const SHARD_COUNT_FROM_GATEWAY = 2;

/** Every shard id of a bot with `count` shards. */
export function allShards(count: number): number[] {
  return Array.from({ length: count }, (_, id) => id);
}

/** The `shards` and `shardCount` client options for `sharding` (none without sharding: one shard). */
export function clientShardOptions(
  sharding: ShardingConfig | null,
): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (sharding === null) return {};
  if (sharding.count === 'auto') return { shards: 'auto', shardCount: SHARD_COUNT_FROM_GATEWAY };
  return { shards: sharding.ids ?? allShards(sharding.count), shardCount: sharding.count };
}

/** How many shards Discord recommends for the bot (`GET /gateway/bot` on `apiUrl`, so an emulator works too). */
export async function recommendedShardCount(apiUrl: string, token: string): Promise<number> {
  const rest = new REST({ api: apiUrl }).setToken(token);
  const info = (await rest.get(Routes.gatewayBot())) as APIGatewayBotInfo;
  return info.shards;
}
