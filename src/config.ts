/**
 * Configuration: the only module that reads the environment (through dotenv). Validates every variable,
 * fills defaults and fails fast with a message that says what to set.
 */
import { config as loadDotenv } from 'dotenv';

/**
 * How long one Redis operation may take by default (`REDIS_TIMEOUT_MS`): a local Redis answers in well under 1 ms;
 * 500 ms is a hung or overloaded one, not a slow network.
 */
export const DEFAULT_REDIS_TIMEOUT_MS = 500;

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';
const SNOWFLAKE = /^\d{17,20}$/;
/** More shards than any bot needs (Discord's largest bots run tens of thousands of guilds per thousand shards). */
export const MAX_SHARD_COUNT = 16_384;

/** Which gateway shards this process runs, and of how many. */
export interface ShardingConfig {
  /** Shards of the whole bot, across every process and host; `'auto'`: as many as Discord recommends. */
  count: number | 'auto';
  /** The shards this process (or host's launcher) runs; `null`: all of them. */
  ids: number[] | null;
}

export interface Config {
  discordToken: string | null;
  discordClientId: string | null;
  guildId: string | null;
  moderatorRoleIds: string[];
  moderatorUserIds: string[];
  /** `null`: the embedded in-process store. */
  keyvUrl: string | null;
  /** How long one Redis operation may take before the bot answers without it (with `keyvUrl` set). */
  redisTimeoutMs: number;
  logLevel: LogLevel;
  /** REST base handed to discord.js (`rest.api`); the gateway URL comes from `GET /gateway/bot` on it. */
  discordApiUrl: string;
  /** Per-user question allowance in {@link rateLimitWindowMs}. */
  rateLimitPerWindow: number;
  rateLimitWindowMs: number;
  /** `/kb add url:` may fetch from 127.0.0.0/8 and ::1 (the tests' local web server); never in production. */
  kbFetchAllowLoopback: boolean;
  /** Deadline for fetching a page for `/kb add url:`, redirects and body included. */
  kbFetchTimeoutMs: number;
  /** `null`: one shard, the whole bot in one connection (no `SHARD_COUNT`). */
  sharding: ShardingConfig | null;
}

/** A configuration problem; the message names the variable and what to set. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(`config: ${message}`);
    this.name = 'ConfigError';
  }
}

function list(name: string, value: string | undefined): string[] {
  const items = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of items) {
    if (!SNOWFLAKE.test(id))
      throw new ConfigError(`${name} must be a comma-separated list of Discord ids; "${id}" is not one`);
  }
  return items;
}

function optionalId(name: string, value: string | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (!SNOWFLAKE.test(v)) throw new ConfigError(`${name} must be a Discord id (17–20 digits); got "${v}"`);
  return v;
}

function positiveInt(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new ConfigError(`${name} must be a whole number from 1 to ${max}; got "${value}"`);
  return n;
}

function flag(name: string, value: string | undefined): boolean {
  const v = value?.trim().toLowerCase() ?? '';
  if (v === '' || v === 'false' || v === '0' || v === 'no') return false;
  if (v === 'true' || v === '1' || v === 'yes') return true;
  throw new ConfigError(`${name} must be true or false; got "${value}"`);
}

function shardIds(name: string, value: string, count: number | 'auto'): number[] {
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const id = /^\d+$/.test(item) ? Number(item) : NaN;
      if (!Number.isInteger(id) || (count !== 'auto' && id >= count))
        throw new ConfigError(
          `${name} must list shard ids from 0 to SHARD_COUNT - 1 (${count === 'auto' ? '?' : count - 1}); "${item}" is not one`,
        );
      return id;
    });
  if (ids.length === 0) throw new ConfigError(`${name} must list at least one shard id, e.g. 0,1`);
  return [...new Set(ids)].sort((a, b) => a - b);
}

/**
 * Sharding from `SHARD_COUNT` and `SHARD_LIST`, or, in a process that discord.js's `ShardingManager` started,
 * from the `SHARDS` and `SHARD_COUNT` it sets for it (those win over the host's `SHARD_LIST`).
 */
function sharding(env: Record<string, string | undefined>): ShardingConfig | null {
  const countText = env['SHARD_COUNT']?.trim() ?? '';
  const listText = env['SHARD_LIST']?.trim() ?? '';
  const managed = env['SHARDS']?.trim() ?? '';
  if (countText === '' && listText === '' && managed === '') return null;
  const count = countText.toLowerCase() === 'auto' || countText === '' ? 'auto' : Number(countText);
  if (count !== 'auto' && (!Number.isInteger(count) || count < 1 || count > MAX_SHARD_COUNT))
    throw new ConfigError(
      `SHARD_COUNT must be auto or a whole number from 1 to ${MAX_SHARD_COUNT}; got "${countText}"`,
    );
  if (managed !== '') {
    if (count === 'auto')
      throw new ConfigError('SHARDS is set by the shard launcher, with SHARD_COUNT a number');
    return { count, ids: shardIds('SHARDS', managed.replace(/[[\]\s]/g, ''), count) };
  }
  if (listText === '') return { count, ids: null };
  if (count === 'auto')
    throw new ConfigError(
      'SHARD_LIST needs SHARD_COUNT set to a number: the total across every host, the same on each',
    );
  return { count, ids: shardIds('SHARD_LIST', listText, count) };
}

/**
 * The configuration for an entry point, or `null` after printing the one-line {@link ConfigError} (the caller
 * exits with 2). Other errors are thrown.
 */
export function configOrExplain(): Config | null {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return null;
  }
}

/**
 * Reads the configuration from `env` (by default the process environment, after loading `.env`).
 * @throws {ConfigError} naming the variable to fix.
 */
export function loadConfig(env: Record<string, string | undefined> = readEnvironment()): Config {
  const token = env['DISCORD_TOKEN']?.trim() || null;
  if (token !== null && (token.length < 30 || /\s/.test(token))) {
    throw new ConfigError(
      'DISCORD_TOKEN does not look like a bot token (copy it from the Developer Portal → Bot → Reset Token)',
    );
  }
  const logLevel = (env['LOG_LEVEL']?.trim().toLowerCase() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${env['LOG_LEVEL']}"`);
  const apiUrl = env['DISCORD_API_URL']?.trim() || DEFAULT_DISCORD_API_URL;
  let parsed: URL;
  try {
    parsed = new URL(apiUrl);
  } catch {
    throw new ConfigError(
      `DISCORD_API_URL must be an http(s) URL such as ${DEFAULT_DISCORD_API_URL}; got "${apiUrl}"`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(`DISCORD_API_URL must use http or https; got "${apiUrl}"`);
  }
  const keyvUrl = env['KEYV_URL']?.trim() || null;
  if (keyvUrl !== null && !/^rediss?:\/\//.test(keyvUrl)) {
    throw new ConfigError(
      `KEYV_URL must be a redis:// or rediss:// URL (leave it empty for the embedded store); got "${keyvUrl}"`,
    );
  }
  return {
    discordToken: token,
    discordClientId: optionalId('DISCORD_CLIENT_ID', env['DISCORD_CLIENT_ID']),
    guildId: optionalId('GUILD_ID', env['GUILD_ID']),
    moderatorRoleIds: list('MODERATOR_ROLE_IDS', env['MODERATOR_ROLE_IDS']),
    moderatorUserIds: list('MODERATOR_USER_IDS', env['MODERATOR_USER_IDS']),
    keyvUrl,
    redisTimeoutMs: positiveInt(
      'REDIS_TIMEOUT_MS',
      env['REDIS_TIMEOUT_MS'],
      DEFAULT_REDIS_TIMEOUT_MS,
      10_000,
    ),
    logLevel,
    discordApiUrl: apiUrl.replace(/\/+$/, ''),
    rateLimitPerWindow: positiveInt('RATE_LIMIT_PER_MINUTE', env['RATE_LIMIT_PER_MINUTE'], 10, 10_000),
    rateLimitWindowMs: 60_000,
    kbFetchAllowLoopback: flag('KB_FETCH_ALLOW_LOOPBACK', env['KB_FETCH_ALLOW_LOOPBACK']),
    kbFetchTimeoutMs: positiveInt('KB_FETCH_TIMEOUT_SECONDS', env['KB_FETCH_TIMEOUT_SECONDS'], 10, 60) * 1000,
    sharding: sharding(env),
  };
}

function readEnvironment(): Record<string, string | undefined> {
  loadDotenv({ quiet: true });
  // discord.js reads SHARD_COUNT and SHARDS from the environment itself: the empty `SHARD_COUNT=` that
  // .env.example lists would stop its client ("shardCount must be a number"). Empty means unset.
  for (const name of ['SHARD_COUNT', 'SHARDS'])
    if (process.env[name]?.trim() === '') Reflect.deleteProperty(process.env, name);
  return process.env;
}
