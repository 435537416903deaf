/**
 * The message entry point and its error boundary: a DM to the bot, or a server message that mentions it, is a
 * question answered like `/ask`, in the same per-user conversation. Server messages that do not mention the
 * bot arrive without content (no MessageContent intent) and are ignored.
 */
import type { Message } from 'discord.js';
import { prepareAnswer, rateLimited } from './answering.ts';
import type { BotContext } from './command.ts';
import { SOMETHING_WENT_WRONG } from './interactions.ts';
import { notice, NO_MENTIONS, type MessagePayload } from './render.ts';

export interface MessageHandlerOptions {
  context: BotContext;
  /** The bot's own user id (known once the client is ready). */
  botUserId: () => string | null;
  accepting: () => boolean;
}

/** The question in a message: the content without mentions of the bot. */
export function questionOf(content: string, botUserId: string): string {
  return content
    .replace(new RegExp(`<@!?${botUserId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function describe(message: Message): Record<string, unknown> {
  return {
    messageId: message.id,
    userId: message.author.id,
    guildId: message.guildId,
    channelId: message.channelId,
    dm: !message.inGuild(),
  };
}

async function reply(message: Message, payload: MessagePayload): Promise<void> {
  await message.reply({ ...payload, allowedMentions: NO_MENTIONS, failIfNotExists: false });
}

/** Creates the `messageCreate` listener. It never throws. */
export function createMessageHandler(options: MessageHandlerOptions): (message: Message) => Promise<void> {
  const { context } = options;
  const { logger } = context;
  return async (message) => {
    const botId = options.botUserId();
    if (botId === null || message.author.bot || message.system || message.webhookId !== null) return;
    if (message.author.id === botId) return;
    const inGuild = message.inGuild();
    if (inGuild && !message.mentions.users.has(botId)) return;
    if (!options.accepting()) return;
    const started = performance.now();
    try {
      const question = questionOf(message.content, botId);
      const decision = await context.state.takeQuestion(message.author.id);
      if (!decision.allowed) {
        await reply(message, rateLimited(decision.retryAfterSeconds));
        return;
      }
      const payload = await prepareAnswer(context, {
        userId: message.author.id,
        answerId: message.id,
        question,
        origin: 'message',
        produce: () =>
          question === ''
            ? context.engine.help(true)
            : context.engine.ask(question, { userId: message.author.id }),
      });
      await reply(message, payload);
      logger.debug({ ...describe(message), ms: Math.round(performance.now() - started) }, 'message answered');
    } catch (error) {
      logger.error({ ...describe(message), err: error }, 'message failed');
      try {
        await reply(message, notice(SOMETHING_WENT_WRONG));
      } catch (replyError) {
        logger.warn({ ...describe(message), err: replyError }, 'could not tell the user about the failure');
      }
    }
  };
}
