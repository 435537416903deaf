/** Registers the slash commands with Discord: one bulk overwrite (PUT), so running it twice changes nothing. */
import { REST, Routes, type APIApplication, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { Command } from './command.ts';
import { commandDefinitions, loadCommands } from './commands.ts';

export interface DeployOptions {
  token: string;
  /** REST base, e.g. `https://discord.com/api` (`DISCORD_API_URL`). */
  apiUrl: string;
  /** The application id; asked from Discord (`GET /applications/@me`) when `null`. */
  applicationId: string | null;
  /** Register to this guild (instant, for testing) instead of globally. */
  guildId: string | null;
  /** The commands to register; by default those in `commands/`. */
  commands?: ReadonlyMap<string, Command>;
}

export interface DeployResult {
  applicationId: string;
  scope: { guildId: string } | 'global';
  /** Names of the registered commands, as Discord returned them. */
  names: string[];
}

/** Registers the command modules' definitions (bulk overwrite) to a guild or globally. */
export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const commands = options.commands ?? (await loadCommands());
  const rest = new REST({ api: options.apiUrl }).setToken(options.token);
  const applicationId =
    options.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const route =
    options.guildId === null
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, options.guildId);
  const registered = (await rest.put(route, {
    body: commandDefinitions(commands),
  })) as RESTPutAPIApplicationCommandsResult;
  return {
    applicationId,
    scope: options.guildId === null ? 'global' : { guildId: options.guildId },
    names: registered.map((c) => c.name).sort(),
  };
}
