/**
 * Starts the real bot (`startBot`) with the real engine on a temporary copy of `knowledge/`, against the
 * local Discord emulator, and offers the small helpers the bot tests share.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  type APIApplicationCommandInteractionDataOption,
  type APIEmbed,
  type APIUser,
  type InteractionType,
} from 'discord.js';
import type Keyv from 'keyv';
import { createRuntime, type Runtime } from '../../src/answer/create.ts';
import { knowledgePathsIn, startBot, type BotHandle, type KnowledgePaths } from '../../src/bot/bot.ts';
import { deployCommands } from '../../src/bot/deploy.ts';
import { PROGRESS_TITLES } from '../../src/bot/progress.ts';
import type { ChartRenderer } from '../../src/charts/chart-renderer.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';
import { closeStore, createStore, storeHealthLogger, type StoreOptions } from '../../src/store.ts';
import { emulatorClientOptions } from '../emulator/client-options.ts';
import {
  DiscordEmulator,
  type ChatInputInput,
  type EmulatorOptions,
  type RecordedCall,
} from '../emulator/discord-emulator.ts';

export const TOKEN = `emulator-token-${'x'.repeat(40)}`;
export const DM_MODERATOR_ID = '400000000000000001';

type Option = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;

/** A string option. */
export function str(name: string, value: string): Option {
  return { name, type: ApplicationCommandOptionType.String, value };
}

/** An attachment option referring to an attachment registered with the emulator. */
export function file(name: string, attachmentId: string): Option {
  return { name, type: ApplicationCommandOptionType.Attachment, value: attachmentId };
}

/** A subcommand with its options. */
export function sub(name: string, options: Option[] = []): Option {
  return { name, type: ApplicationCommandOptionType.Subcommand, options } as Option;
}

export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** What a user saw in reply: the message body of a callback, an `@original` edit or a channel message. */
export interface Reply {
  content: string;
  embeds: APIEmbed[];
  components: Array<{ components: Array<{ custom_id?: string; label?: string; emoji?: { name?: string } }> }>;
  flags: number;
  body: Record<string, unknown>;
}

export function toReply(body: Record<string, unknown>): Reply {
  return {
    content: typeof body['content'] === 'string' ? body['content'] : '',
    embeds: Array.isArray(body['embeds']) ? (body['embeds'] as APIEmbed[]) : [],
    components: Array.isArray(body['components']) ? (body['components'] as Reply['components']) : [],
    flags: typeof body['flags'] === 'number' ? body['flags'] : 0,
    body,
  };
}

/** Everything the reply shows, as one string (to search for words). */
export function textOf(reply: Reply): string {
  return [
    reply.content,
    ...reply.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ]),
  ].join('\n');
}

const PROGRESS: ReadonlySet<string> = new Set(Object.values(PROGRESS_TITLES));

/**
 * True for an edit that shows work under way (a `/kb` progress reply), which a later edit replaces;
 * {@link Harness.replyTo} waits past these for the final reply.
 */
export function isProgressEdit(body: Record<string, unknown>): boolean {
  return PROGRESS.has(toReply(body).embeds[0]?.title ?? '');
}

export function customIds(reply: Reply): string[] {
  return reply.components.flatMap((row) => row.components.map((c) => c.custom_id ?? ''));
}

/** The message bodies among recorded calls: replies, edits, follow-ups and channel messages. */
export function messageBodies(
  calls: readonly RecordedCall[],
): Array<{ call: RecordedCall; body: Record<string, unknown> }> {
  const out: Array<{ call: RecordedCall; body: Record<string, unknown> }> = [];
  for (const call of calls) {
    const body = record(call.body);
    if (call.path.includes('/interactions/') && call.path.endsWith('/callback')) {
      const type = body['type'];
      if (
        type === InteractionResponseType.ChannelMessageWithSource ||
        type === InteractionResponseType.UpdateMessage
      )
        out.push({ call, body: record(body['data']) });
    } else if (call.path.includes('/webhooks/') && (call.method === 'PATCH' || call.method === 'POST')) {
      out.push({ call, body });
    } else if (/\/channels\/\d+\/messages$/.test(call.path) && call.method === 'POST') {
      out.push({ call, body });
    }
  }
  return out;
}

export interface Harness {
  emu: DiscordEmulator;
  bot: BotHandle;
  config: Config;
  runtime: Runtime;
  store: Keyv;
  /** The temporary folder holding `knowledge/`. */
  dir: string;
  paths: KnowledgePaths;
  guildId: string;
  moderatorRoleId: string;
  /** Log lines at warn and above, kept in memory (nothing reaches the console). */
  logs: Array<Record<string, unknown>>;
  /** Sends a slash command and resolves with the final reply (after a deferral, the `@original` edit). */
  slash(
    name: string,
    options?: Option[],
    context?: Omit<ChatInputInput, 'name' | 'options'>,
  ): Promise<Reply & { id: string }>;
  /** Clicks a button on a message and resolves with the reply. */
  click(customId: string, messageId: string, user?: Partial<APIUser>): Promise<Reply & { id: string }>;
  /** Sends a message (DM by default) and resolves with the bot's reply to it. */
  message(
    content: string,
    options?: { dm?: boolean; author?: Partial<APIUser>; mentionBot?: boolean },
  ): Promise<Reply & { id: string; replyId: string }>;
  /** Resolves with the final reply to an interaction already sent (past any progress edits). */
  replyTo(interactionId: string, timeoutMs?: number): Promise<Reply>;
  stop(): Promise<void>;
}

/** What a moderator's action may change on disk: each source file's hash, the knowledge file's, and the version served. */
export interface KnowledgeSnapshot {
  files: Record<string, string>;
  kb: string;
  version: string;
}

/** The harness's sources and knowledge as they stand, to show that a refused action changed nothing. */
export async function knowledgeSnapshot(h: Harness): Promise<KnowledgeSnapshot> {
  const hash = async (path: string) =>
    createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  const files: Record<string, string> = {};
  for (const name of (await readdir(h.paths.sourcesDir)).sort())
    files[name] = await hash(join(h.paths.sourcesDir, name));
  return { files, kb: await hash(h.paths.kbPath), version: h.bot.context.engine.knowledge.version };
}

export interface HarnessOptions {
  env?: Record<string, string>;
  /** Use this store instead of a fresh one made from the configuration (`KEYV_URL` in `env`). */
  store?: Keyv;
  /** Draw the timeline picture at start, as the bot does by default (off here: it costs CPU most tests don't need). */
  warmCharts?: boolean;
  /** Draw answer pictures with this instead of the bot's own worker-thread renderer. */
  charts?: ChartRenderer;
  /** Options for the store made from the configuration (deadline, retry delay). */
  storeOptions?: StoreOptions;
  /** Log level kept in `logs` (warn by default). */
  logLevel?: 'info' | 'warn';
  /** Emulator settings: a short heartbeat for the fault tests, Discord's 3 s to acknowledge, recommended shards. */
  emulator?: Pick<EmulatorOptions, 'heartbeatIntervalMs' | 'interactionAckTimeoutMs' | 'shards'>;
}

/** Starts emulator, runtime and bot; always call `stop()`. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'border-brief-bot-'));
  const cleanups: Array<() => Promise<void>> = [() => rm(dir, { recursive: true, force: true })];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    cleanups.length = 0;
  };
  try {
    await cp(KNOWLEDGE_DIR, join(dir, 'knowledge'), {
      recursive: true,
      filter: (source) => !/[\\/](state|\.[^\\/]*\.tmp)$/.test(source),
    });
    const paths = knowledgePathsIn(join(dir, 'knowledge'));
    const emu = await DiscordEmulator.start({
      botUser: { username: 'border-brief' },
      guilds: [
        { name: 'Border Desk', channels: [{ name: 'general' }, { name: 'news' }], roles: [{ name: 'mod' }] },
      ],
      ...options.emulator,
    });
    cleanups.push(() => emu.stop());
    const guildId = emu.defaultGuildId;
    const moderatorRoleId = emu.rolesOf(guildId).find((r) => r.name === 'mod')?.id ?? '';
    emu.addUser({ id: DM_MODERATOR_ID, username: 'dm-moderator' });
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: emu.apiUrl,
      LOG_LEVEL: 'silent',
      MODERATOR_ROLE_IDS: moderatorRoleId,
      MODERATOR_USER_IDS: DM_MODERATOR_ID,
      RATE_LIMIT_PER_MINUTE: '1000',
      ...options.env,
    });
    const logs: Array<Record<string, unknown>> = [];
    const logger = createLogger({
      level: options.logLevel ?? 'warn',
      secrets: [TOKEN],
      write: (line) => void logs.push(JSON.parse(line) as Record<string, unknown>),
    });
    const store =
      options.store ??
      createStore(config.keyvUrl, {
        timeoutMs: config.redisTimeoutMs,
        ...options.storeOptions,
        ...storeHealthLogger(logger),
      });
    cleanups.push(() => closeStore(store));
    const runtime = await createRuntime({
      knowledgeDir: join(dir, 'knowledge'),
      kbPath: paths.kbPath,
      store,
    });
    await deployCommands({ token: TOKEN, apiUrl: emu.apiUrl, applicationId: null, guildId });
    const bot = await startBot({
      config,
      runtime,
      store,
      logger,
      paths,
      clientOptions: { ws: emulatorClientOptions(emu.apiUrl).ws },
      warmCharts: options.warmCharts ?? false,
      ...(options.charts === undefined ? {} : { charts: options.charts }),
    });
    cleanups.push(() => bot.stop());

    const replyTo = async (interactionId: string, timeoutMs = 15_000): Promise<Reply> => {
      const callback = await emu.waitForCallback(interactionId, timeoutMs);
      const body = record(callback.body);
      const updatedToProgress =
        body['type'] === InteractionResponseType.UpdateMessage && isProgressEdit(record(body['data']));
      if (body['type'] === InteractionResponseType.DeferredChannelMessageWithSource || updatedToProgress) {
        const token = emu.interaction(interactionId)?.token ?? '';
        const edit = await emu.waitForCall(
          (c) =>
            c.method === 'PATCH' &&
            c.path === `/api/v10/webhooks/${emu.applicationId}/${token}/messages/@original` &&
            !isProgressEdit(record(c.body)),
          timeoutMs,
        );
        const reply = toReply(record(edit.body));
        const flags = record(body['data'])['flags'];
        return { ...reply, flags: reply.flags | (typeof flags === 'number' ? flags : 0) };
      }
      return toReply(record(body['data']));
    };

    return {
      emu,
      bot,
      config,
      runtime,
      store,
      dir,
      paths,
      guildId,
      moderatorRoleId,
      logs,
      replyTo,
      async slash(name, commandOptions = [], context = {}) {
        const id = emu.sendChatInput({ name, options: commandOptions, ...context });
        return { ...(await replyTo(id)), id };
      },
      async click(customId, messageId, user) {
        const id = emu.sendButton({ customId, messageId, ...(user === undefined ? {} : { user }) });
        return { ...(await replyTo(id)), id };
      },
      async message(content, messageOptions = {}) {
        const dm = messageOptions.dm ?? true;
        const mention = messageOptions.mentionBot ?? !dm;
        const id = emu.sendMessage({
          dm,
          content: mention ? `<@${emu.botUser.id}> ${content}` : content,
          ...(messageOptions.author === undefined ? {} : { author: messageOptions.author }),
          ...(mention ? { mentions: [emu.botUser.id] } : {}),
        });
        const call = await emu.waitForCall(
          (c) =>
            c.method === 'POST' &&
            /\/channels\/\d+\/messages$/.test(c.path) &&
            record(record(c.body)['message_reference'])['message_id'] === id,
        );
        const reply = [...emu.messages.values()].find((m) => m.message_reference?.message_id === id);
        return { ...toReply(record(call.body)), id, replyId: reply?.id ?? '' };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
