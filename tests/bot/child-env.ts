/**
 * The environment a test gives a child process of the bot: PATH and HOME, and every variable the
 * configuration reads set (empty unless given), so no `.env` on the machine can change what the test runs.
 */
export function childEnvironment(env: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    DISCORD_TOKEN: '',
    DISCORD_CLIENT_ID: '',
    GUILD_ID: '',
    MODERATOR_ROLE_IDS: '',
    MODERATOR_USER_IDS: '',
    KEYV_URL: '',
    REDIS_TIMEOUT_MS: '',
    LOG_LEVEL: 'info',
    DISCORD_API_URL: '',
    RATE_LIMIT_PER_MINUTE: '',
    KB_FETCH_TIMEOUT_SECONDS: '',
    KB_FETCH_ALLOW_LOOPBACK: '',
    SHARD_COUNT: '',
    SHARD_LIST: '',
    ...env,
  };
}
