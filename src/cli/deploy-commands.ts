/**
 * `npm run deploy-commands`: registers the slash commands in `commands/` — to `GUILD_ID` when set (they
 * appear at once), else globally. A bulk overwrite, so it is safe to run after every change.
 */
import { loadConfig } from '../config.ts';
import { deployCommands } from '../bot/deploy.ts';

async function main(): Promise<number> {
  const config = loadConfig();
  if (config.discordToken === null) {
    console.error(
      'deploy-commands: set DISCORD_TOKEN in .env (Developer Portal → your app → Bot → Reset Token)',
    );
    return 2;
  }
  const result = await deployCommands({
    token: config.discordToken,
    apiUrl: config.discordApiUrl,
    applicationId: config.discordClientId,
    guildId: config.guildId,
  });
  const where = result.scope === 'global' ? 'globally' : `to guild ${result.scope.guildId}`;
  console.log(
    `deploy-commands: registered ${result.names.length} commands ${where} for application ${result.applicationId}: ${result.names.map((n) => `/${n}`).join(' ')}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`deploy-commands: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
