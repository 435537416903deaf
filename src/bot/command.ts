/**
 * The shape of a slash command module in `commands/`, and what commands are handed when they run. Commands
 * are thin: read options, call the engine or a function in `src/bot/`, render.
 */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AnswerEngine } from '../answer/engine.ts';
import type { ChartRenderer } from '../charts/chart-renderer.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { ArticlePreviews } from './article-previews.ts';
import type { KnowledgeManager } from './knowledge-manager.ts';
import type { BotState } from './state.ts';

/** Everything a command may use, built once at start. */
export interface BotContext {
  engine: AnswerEngine;
  state: BotState;
  knowledge: KnowledgeManager;
  /** `/kb add url:` previews waiting for Add or Cancel. */
  articles: ArticlePreviews;
  config: Config;
  logger: Logger;
  /** Draws the pictures of timeline and comparison answers. */
  charts: ChartRenderer;
}

/** A slash command module's default export. */
export interface Command {
  /** The command's definition, as registered with Discord (a `SlashCommandBuilder`). */
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** True when `value` has the shape of a {@link Command}. */
export function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Partial<Record<keyof Command, unknown>>;
  const data = c.data as { name?: unknown; toJSON?: unknown } | undefined;
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof data.name === 'string' &&
    typeof data.toJSON === 'function' &&
    typeof c.execute === 'function' &&
    (c.autocomplete === undefined || typeof c.autocomplete === 'function')
  );
}
