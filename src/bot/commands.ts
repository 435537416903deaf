/** Loads the slash commands: every module in `commands/` whose default export is a {@link Command}. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isCommand, type Command } from './command.ts';

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));
const MODULE = /^[^.].*\.(ts|js|mjs)$/;

/** A module in the commands folder that is not a command. */
export class CommandLoadError extends Error {
  constructor(message: string) {
    super(`commands: ${message}`);
    this.name = 'CommandLoadError';
  }
}

/**
 * Imports every module in `dir` (sorted by file name) and returns the commands by name.
 * @throws {CommandLoadError} when a module is not a command or two commands share a name: a broken command
 *   should stop the bot at start, not fail quietly when someone uses it.
 */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter((f) => MODULE.test(f) && !f.endsWith('.d.ts')).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    if (!isCommand(module.default))
      throw new CommandLoadError(`${file} does not default-export { data, execute, autocomplete? }`);
    const name = module.default.data.name;
    if (commands.has(name)) throw new CommandLoadError(`${file} registers /${name} a second time`);
    commands.set(name, module.default);
  }
  if (commands.size === 0) throw new CommandLoadError(`no commands found in ${dir}`);
  return commands;
}

/** The JSON bodies Discord registers, in a stable order. */
export function commandDefinitions(commands: ReadonlyMap<string, Command>) {
  return [...commands.values()].map((c) => c.data.toJSON()).sort((a, b) => a.name.localeCompare(b.name));
}
