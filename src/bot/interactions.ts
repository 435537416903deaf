/**
 * The interaction entry point and its error boundary: every slash command, autocomplete and button goes
 * through here; whatever fails is logged with its context and the user still gets an (ephemeral) answer.
 */
import { MessageFlags, type Interaction, type RepliableInteraction } from 'discord.js';
import { handleButton } from './buttons.ts';
import type { BotContext, Command } from './command.ts';
import { notice } from './render.ts';

export const SOMETHING_WENT_WRONG =
  'Something went wrong on my side while answering that. Please try again in a moment.';
export const RESTARTING = 'border-brief is restarting — please try again in a moment.';

export interface InteractionHandlerOptions {
  context: BotContext;
  commands: ReadonlyMap<string, Command>;
  /** False once shutdown has begun: new work is turned away politely. */
  accepting: () => boolean;
}

function describe(interaction: Interaction): Record<string, unknown> {
  return {
    interactionId: interaction.id,
    type: interaction.type,
    ...(interaction.isChatInputCommand() || interaction.isAutocomplete()
      ? { command: interaction.commandName, subcommand: interaction.options.getSubcommand(false) }
      : {}),
    ...(interaction.isButton() ? { customId: interaction.customId } : {}),
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
  };
}

/** Tells the user something went wrong, whatever state the interaction is in. */
async function answerWithError(interaction: RepliableInteraction, text: string): Promise<void> {
  const payload = notice(text);
  if (interaction.deferred && !interaction.replied) await interaction.editReply(payload);
  else if (interaction.replied) await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

async function route(interaction: Interaction, options: InteractionHandlerOptions): Promise<void> {
  const { context, commands } = options;
  if (interaction.isAutocomplete()) {
    const command = commands.get(interaction.commandName);
    if (command?.autocomplete && options.accepting()) await command.autocomplete(interaction, context);
    else await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  if (!options.accepting()) {
    await answerWithError(interaction, RESTARTING);
    return;
  }
  if (interaction.isChatInputCommand()) {
    const command = commands.get(interaction.commandName);
    if (command === undefined) {
      await answerWithError(
        interaction,
        `I don't know /${interaction.commandName} (the commands may be updating).`,
      );
      return;
    }
    await command.execute(interaction, context);
    return;
  }
  if (interaction.isButton()) {
    if (!(await handleButton(interaction, context)))
      await answerWithError(interaction, 'This button no longer does anything; ask the question again.');
  }
}

/** Creates the `interactionCreate` listener. It never throws. */
export function createInteractionHandler(
  options: InteractionHandlerOptions,
): (interaction: Interaction) => Promise<void> {
  const { logger } = options.context;
  return async (interaction) => {
    const started = performance.now();
    try {
      await route(interaction, options);
      logger.debug(
        { ...describe(interaction), ms: Math.round(performance.now() - started) },
        'interaction handled',
      );
    } catch (error) {
      logger.error({ ...describe(interaction), err: error }, 'interaction failed');
      try {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await interaction.respond([]);
        } else if (interaction.isRepliable()) {
          await answerWithError(interaction, SOMETHING_WENT_WRONG);
        }
      } catch (replyError) {
        logger.warn(
          { ...describe(interaction), err: replyError },
          'could not tell the user about the failure',
        );
      }
    }
  };
}
