import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { constants as zlibConstants, createDeflate, type Deflate } from 'node:zlib';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  type APIApplication,
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIAttachment,
  type APIBaseInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIDMChannel,
  type APIEmbed,
  type APIGatewayBotInfo,
  type APIGuildMember,
  type APIInteraction,
  type APIInteractionDataResolved,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageTopLevelComponent,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type APIUserWithMember,
  type ApplicationFlags,
  type GatewayMessageCreateDispatchData,
  type GatewayReadyDispatchData,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { multipartBoundary, parseMultipart } from './multipart.ts';
import {
  DEFAULT_APP_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  SnowflakeGenerator,
  buildDMChannel,
  buildGuildCreate,
  buildMember,
  buildMessage,
  buildRole,
  buildTextChannel,
  buildUser,
  type GuildSnapshot,
  type MessageContent,
} from './payloads.ts';

export {
  DEFAULT_APP_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  SnowflakeGenerator,
  snowflakeTime,
} from './payloads.ts';

const HOST = '127.0.0.1';
const API_VERSION = '10';
const API_PREFIX = `/api/v${API_VERSION}`;
const GATEWAY_PATH = '/gateway';
const ATTACHMENTS_PATH = 'attachments';
const DEFAULT_HEARTBEAT_INTERVAL_MS = 45_000;
const DEFAULT_WAIT_TIMEOUT_MS = 15_000;
const DROP_CLOSE_TIMEOUT_MS = 1_000;
/** Identifies a day, as `GET /gateway/bot` reports for a bot in few guilds. */
const SESSION_START_LIMIT = 1000;
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;
const INVALIDATING_CLOSE_CODES = new Set([1000, 1001]);
const RESPONSE_TYPES_BY_INTERACTION = new Map<InteractionType, ReadonlySet<InteractionResponseType>>([
  [
    InteractionType.ApplicationCommand,
    new Set([
      InteractionResponseType.ChannelMessageWithSource,
      InteractionResponseType.DeferredChannelMessageWithSource,
      InteractionResponseType.Modal,
    ]),
  ],
  [
    InteractionType.MessageComponent,
    new Set([
      InteractionResponseType.ChannelMessageWithSource,
      InteractionResponseType.DeferredChannelMessageWithSource,
      InteractionResponseType.DeferredMessageUpdate,
      InteractionResponseType.UpdateMessage,
      InteractionResponseType.Modal,
    ]),
  ],
  [
    InteractionType.ApplicationCommandAutocomplete,
    new Set([InteractionResponseType.ApplicationCommandAutocompleteResult]),
  ],
  [
    InteractionType.ModalSubmit,
    new Set([
      InteractionResponseType.ChannelMessageWithSource,
      InteractionResponseType.DeferredChannelMessageWithSource,
      InteractionResponseType.DeferredMessageUpdate,
      InteractionResponseType.UpdateMessage,
    ]),
  ],
]);

/** A file uploaded in a multipart REST request. */
export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string | null;
  size: number;
  data: Buffer;
}

/** One HTTP request received by the emulator. */
export interface RecordedCall {
  method: string;
  /** Decoded path, e.g. `/api/v10/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` of a multipart body; `null` when empty. */
  body: unknown;
  files: RecordedFile[];
  /** HTTP status the emulator answered with (0 while the request is being handled). */
  status: number;
  at: number;
}

/** One gateway payload received from a client. */
export interface RecordedGatewayPayload {
  op: number;
  d: unknown;
  at: number;
}

/** One gateway WebSocket connection accepted by the emulator. */
export interface RecordedGatewayConnection {
  /** Query parameters of the connection URL, e.g. `{ v: '10', encoding: 'json' }`. */
  query: Record<string, string>;
  at: number;
}

/** Emulator-side state of one interaction. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  channelId: string;
  guildId: string | null;
  userId: string;
  createdAt: number;
  payload: APIInteraction;
  responseType: InteractionResponseType | null;
  originalMessageId: string | null;
  sourceMessageId: string | null;
  followUpIds: string[];
}

/** A guild text channel to create. */
export interface EmulatorChannelInput {
  id?: string;
  name?: string;
  topic?: string | null;
}

/** A guild role to create. */
export interface EmulatorRoleInput {
  id?: string;
  name: string;
  permissions?: string | bigint;
}

/** A guild member to create. */
export interface EmulatorMemberInput {
  user: Partial<APIUser> & { id: string };
  roles?: string[];
  nick?: string | null;
}

/** A guild to create. */
export interface EmulatorGuildInput {
  id?: string;
  name?: string;
  ownerId?: string;
  everyonePermissions?: string | bigint;
  channels?: EmulatorChannelInput[];
  roles?: EmulatorRoleInput[];
  members?: EmulatorMemberInput[];
}

/** Options for {@link DiscordEmulator.start}. */
export interface EmulatorOptions {
  botUser?: Partial<APIUser>;
  applicationId?: string;
  /** Guilds the bot is in; defaults to one guild with a `#general` text channel. */
  guilds?: EmulatorGuildInput[];
  heartbeatIntervalMs?: number;
  /**
   * Shards `GET /gateway/bot` recommends (default 1). Clients may identify with any `shard: [id, count]`; each
   * guild's events go to the session of shard `(guild_id >> 22) % count`, and DMs to shard 0, as on Discord.
   */
  shards?: number;
  /** When set, interaction callbacks later than this answer `10062 Unknown interaction`, like Discord's 3 s limit. */
  interactionAckTimeoutMs?: number;
}

/** Overrides for the invoking member of a guild interaction or message. */
export interface EmulatorMemberOverrides {
  roles?: string[];
  permissions?: string | bigint;
  nick?: string | null;
}

/** Where and by whom an interaction is sent. */
export interface InteractionContextInput {
  user?: Partial<APIUser>;
  guildId?: string;
  channelId?: string;
  member?: EmulatorMemberOverrides;
  dm?: boolean;
  locale?: Locale;
  appPermissions?: string | bigint;
}

/** Input for {@link DiscordEmulator.sendChatInput}. */
export interface ChatInputInput extends InteractionContextInput {
  name: string;
  options?: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[];
  resolved?: APIInteractionDataResolved;
}

/** Input for {@link DiscordEmulator.sendAutocomplete}. */
export interface AutocompleteInput extends InteractionContextInput {
  name: string;
  options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>[];
}

/** Input for {@link DiscordEmulator.sendButton}. */
export interface ButtonInput extends InteractionContextInput {
  customId: string;
  /** A message the emulator knows (e.g. an interaction reply); its channel is used. */
  messageId?: string;
  /** A message object to attach instead; it is stored so replies can reference it. */
  message?: APIMessage;
}

/** Input for {@link DiscordEmulator.sendMessage}. */
export interface MessageInput {
  content?: string;
  author?: Partial<APIUser>;
  channelId?: string;
  guildId?: string;
  dm?: boolean;
  /** Ids of mentioned users (the bot's id included when it is mentioned). */
  mentions?: string[];
  mentionRoles?: string[];
  attachments?: APIAttachment[];
  /** Id of the message this one replies to. */
  replyTo?: string;
  member?: EmulatorMemberOverrides;
}

/** A canned failure for {@link DiscordEmulator.failNext}. */
export interface InjectedFailure {
  status: number;
  body?: unknown;
  /** Response headers, e.g. `Retry-After` for a 429. */
  headers?: Record<string, string>;
  times?: number;
}

/** Where an event was delivered: the shard of the session that received it. */
export interface GatewayDelivery {
  event: string;
  /** The payload's `id` (an interaction's or a message's), or `null`. */
  id: string | null;
  shard: number;
  sessionId: string;
}

/** A guild as the emulator keeps it: its snapshot, with members by user id. */
interface GuildState extends Omit<GuildSnapshot, 'members'> {
  members: Map<string, APIGuildMember>;
}

interface DispatchRecord {
  op: GatewayOpcodes.Dispatch;
  t: string;
  s: number;
  d: unknown;
}

interface GatewayConnection {
  socket: WebSocket;
  query: URLSearchParams;
  deflate: Deflate | null;
  deflated: Buffer[];
  sendQueue: Promise<void>;
  session: GatewaySession | null;
  /** `false` once {@link DiscordEmulator.withholdHeartbeatAcks} is called: heartbeats go unanswered. */
  acksHeartbeats: boolean;
}

interface GatewaySession {
  id: string;
  sequence: number;
  intents: bigint;
  /** `[shard_id, num_shards]` from IDENTIFY; `[0, 1]` when it had none. */
  shard: readonly [number, number];
  log: DispatchRecord[];
  connection: GatewayConnection | null;
}

interface RestResponse {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

interface RestRequest {
  call: RecordedCall;
  params: Record<string, string>;
  query: URLSearchParams;
}

type RouteHandler = (request: RestRequest) => RestResponse;

interface Route {
  method: string;
  segments: string[];
  handler: RouteHandler;
}

interface StoredAttachment {
  attachment: APIAttachment;
  bytes: Buffer;
}

interface InjectedFailureState {
  predicate: (call: RecordedCall) => boolean;
  response: RestResponse;
  remaining: number;
}

interface InteractionContext {
  user: APIUser;
  guild: GuildState | null;
  channel: APITextChannel | APIDMChannel;
  member: APIInteractionGuildMember | null;
  appPermissions: string;
}

type InteractionBase = Omit<APIBaseInteraction<InteractionType, unknown>, 'type' | 'data'>;

interface MessageTarget {
  channelId: string;
  guild: GuildState | null;
}

function apiError(status: number, code: number, message: string): RestResponse {
  return { status, body: { message, code } };
}

const NOT_FOUND: RestResponse = apiError(404, 0, 'Unknown');
const UNKNOWN_CHANNEL = apiError(404, 10003, 'Unknown Channel');
const UNKNOWN_GUILD = apiError(404, 10004, 'Unknown Guild');
const UNKNOWN_MEMBER = apiError(404, 10007, 'Unknown Member');
const UNKNOWN_MESSAGE = apiError(404, 10008, 'Unknown Message');
const UNKNOWN_USER = apiError(404, 10013, 'Unknown User');
const UNKNOWN_WEBHOOK = apiError(404, 10015, 'Unknown Webhook');
const UNKNOWN_COMMAND = apiError(404, 10063, 'Unknown application command');
const UNKNOWN_INTERACTION = apiError(404, 10062, 'Unknown interaction');
const ALREADY_ACKNOWLEDGED = apiError(400, 40060, 'Interaction has already been acknowledged.');
const INVALID_FORM_BODY = apiError(400, 50035, 'Invalid Form Body');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function permissionString(value: string | bigint | undefined, fallback: string): string {
  return value === undefined ? fallback : value.toString();
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseRequestBody(
  raw: Buffer,
  contentType: string | undefined,
): { body: unknown; files: RecordedFile[] } {
  const boundary = multipartBoundary(contentType);
  if (boundary !== null) {
    const files: RecordedFile[] = [];
    let body: unknown = null;
    for (const part of parseMultipart(raw, boundary)) {
      if (part.name === 'payload_json') body = parseJson(part.data.toString('utf8'));
      else if (part.filename !== null)
        files.push({
          field: part.name,
          filename: part.filename,
          contentType: part.contentType,
          size: part.data.length,
          data: part.data,
        });
    }
    return { body, files };
  }
  if (raw.length === 0) return { body: null, files: [] };
  return { body: parseJson(raw.toString('utf8')), files: [] };
}

/** The shard that receives a guild's events among `count` shards (DMs, `null`, go to shard 0). */
export function shardOfGuild(guildId: string | null, count: number): number {
  return guildId === null ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(count));
}

function withoutFlag(flags: number | undefined, flag: number): number {
  return (flags ?? 0) & ~flag;
}

/**
 * A local stand-in for Discord's REST API and gateway, bound to 127.0.0.1, that drives a real discord.js client.
 *
 * Every HTTP request is recorded in {@link DiscordEmulator.calls}; gateway events are dispatched with the
 * `send*` helpers and replayed on RESUME like Discord does.
 */
export class DiscordEmulator {
  /** The bot's user, sent in READY and as the author of its messages. */
  readonly botUser: APIUser;
  /** Application id; defaults to the bot user's id. */
  readonly applicationId: string;
  /** The user that sends interactions and messages when none is given. */
  readonly defaultUser: APIUser;
  /** Every HTTP request, in arrival order. */
  readonly calls: RecordedCall[] = [];
  /** Every gateway connection, in order. */
  readonly gatewayConnections: RecordedGatewayConnection[] = [];
  /** Every payload received from gateway clients, in order. */
  readonly gatewayReceived: RecordedGatewayPayload[] = [];
  /** Every IDENTIFY payload's `d`, in order. */
  readonly identifies: unknown[] = [];
  /** Every live message the emulator knows, by id: user messages, bot messages and interaction responses. */
  readonly messages = new Map<string, APIMessage>();
  /** Every dispatch of `INTERACTION_CREATE` and `MESSAGE_CREATE`, with the shard that received it. */
  readonly deliveries: GatewayDelivery[] = [];

  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #port: number;
  readonly #snowflakes: SnowflakeGenerator;
  readonly #heartbeatIntervalMs: number;
  readonly #recommendedShards: number;
  readonly #ackTimeoutMs: number | null;
  readonly #users = new Map<string, APIUser>();
  readonly #guilds = new Map<string, GuildState>();
  readonly #dmChannels = new Map<string, APIDMChannel>();
  readonly #interactions = new Map<string, InteractionRecord>();
  readonly #attachments = new Map<string, StoredAttachment>();
  readonly #globalCommands: APIApplicationCommand[] = [];
  readonly #guildCommands = new Map<string, APIApplicationCommand[]>();
  readonly #commandIdsByName = new Map<string, string>();
  readonly #sessions = new Map<string, GatewaySession>();
  readonly #connections = new Set<GatewayConnection>();
  readonly #failures: InjectedFailureState[] = [];
  readonly #waiters = new Set<() => void>();
  readonly #routes: Route[];
  #identifyCount = 0;
  #resumeCount = 0;
  #readyCount = 0;
  #heartbeatCount = 0;

  private constructor(server: Server, wss: WebSocketServer, port: number, options: EmulatorOptions) {
    this.#server = server;
    this.#wss = wss;
    this.#port = port;
    this.#snowflakes = new SnowflakeGenerator();
    this.#heartbeatIntervalMs = options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS;
    this.#recommendedShards = options.shards ?? 1;
    this.#ackTimeoutMs = options.interactionAckTimeoutMs ?? null;
    this.botUser = buildUser({
      username: 'emulated-bot',
      bot: true,
      verified: true,
      mfa_enabled: false,
      ...options.botUser,
      id: options.botUser?.id ?? this.#snowflakes.next(),
    });
    this.#users.set(this.botUser.id, this.botUser);
    this.applicationId = options.applicationId ?? this.botUser.id;
    this.defaultUser = this.#upsertUser({ username: 'tester', global_name: 'Tester' });
    for (const guild of options.guilds ?? [{ name: 'Emulator Guild', channels: [{ name: 'general' }] }])
      this.#addGuild(guild);
    this.#routes = this.#buildRoutes();
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      void this.#handleHttp(request, response);
    });
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.#handleUpgrade(request, socket, head);
    });
  }

  /**
   * Starts the emulator on 127.0.0.1 with an OS-assigned port.
   *
   * @param options - Bot identity, application id and guilds to serve.
   */
  static async start(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const server = createServer();
    const wss = new WebSocketServer({ noServer: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    return new DiscordEmulator(server, wss, port, options);
  }

  /** Closes every gateway socket and HTTP connection and stops listening. */
  async stop(): Promise<void> {
    for (const connection of this.#connections) connection.socket.terminate();
    for (const client of this.#wss.clients) client.terminate();
    this.#connections.clear();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** `http://127.0.0.1:PORT`, where attachments are served. */
  get baseUrl(): string {
    return `http://${HOST}:${this.#port}`;
  }

  /** REST base for discord.js `rest.api`; discord.js appends `/v10/...`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }

  /** Gateway URL handed out by `GET /gateway/bot` and as `resume_gateway_url`. */
  get gatewayUrl(): string {
    return `ws://${HOST}:${this.#port}${GATEWAY_PATH}`;
  }

  /** Number of IDENTIFY payloads received. */
  get identifyCount(): number {
    return this.#identifyCount;
  }

  /** Number of sessions resumed (RESUMED dispatches sent). */
  get resumeCount(): number {
    return this.#resumeCount;
  }

  /** Number of READY dispatches sent. */
  get readyCount(): number {
    return this.#readyCount;
  }

  /** Number of heartbeats (op 1) received. */
  get heartbeatCount(): number {
    return this.#heartbeatCount;
  }

  /** Ids of the guilds, in creation order. */
  get guildIds(): string[] {
    return [...this.#guilds.keys()];
  }

  /** Id of the first guild. */
  get defaultGuildId(): string {
    const [id] = this.#guilds.keys();
    if (id === undefined) throw new Error('The emulator has no guilds');
    return id;
  }

  /** Id of the first text channel of the first guild. */
  get defaultChannelId(): string {
    const channel = this.#guilds.get(this.defaultGuildId)?.channels[0];
    if (channel === undefined) throw new Error('The first guild has no channels');
    return channel.id;
  }

  /** Text channels of a guild. */
  channelsOf(guildId: string): APITextChannel[] {
    return [...(this.#guilds.get(guildId)?.channels ?? [])];
  }

  /** Roles of a guild, `@everyone` first. */
  rolesOf(guildId: string): APIRole[] {
    return [...(this.#guilds.get(guildId)?.roles ?? [])];
  }

  /** Commands registered globally through `PUT`/`POST /applications/:id/commands`. */
  get globalCommands(): APIApplicationCommand[] {
    return [...this.#globalCommands];
  }

  /** Commands registered for a guild. */
  guildCommands(guildId: string): APIApplicationCommand[] {
    return [...(this.#guildCommands.get(guildId) ?? [])];
  }

  /** State of an interaction sent with one of the `send*` helpers. */
  interaction(id: string): InteractionRecord | undefined {
    return this.#interactions.get(id);
  }

  /** The interaction's `@original` response message, once it has one. */
  originalMessage(interactionId: string): APIMessage | undefined {
    const id = this.#interactions.get(interactionId)?.originalMessageId;
    return id === null || id === undefined ? undefined : this.messages.get(id);
  }

  /** The DM channel between the bot and a user, created on first use. */
  dmChannelFor(user: Partial<APIUser> & { id: string }): APIDMChannel {
    const recipient = this.#upsertUser(user);
    const existing = this.#dmChannels.get(recipient.id);
    if (existing !== undefined) return existing;
    const channel = buildDMChannel(this.#snowflakes.next(), recipient);
    this.#dmChannels.set(recipient.id, channel);
    return channel;
  }

  /** Adds (or updates) a known user and returns the full user object. */
  addUser(user: Partial<APIUser>): APIUser {
    return this.#upsertUser(user);
  }

  /** Recorded calls to `POST /interactions/:id/:token/callback` for an interaction. */
  callbacksFor(interactionId: string): RecordedCall[] {
    const prefix = `${API_PREFIX}/interactions/${interactionId}/`;
    return this.calls.filter((call) => call.path.startsWith(prefix));
  }

  /**
   * Resolves with the first recorded call (past or future) matching `predicate`, once it has been answered.
   *
   * @param predicate - Receives each call and its index in {@link DiscordEmulator.calls}; compare the index with a
   *   `calls.length` taken earlier to only match new calls.
   * @param timeoutMs - Rejects after this long, listing the most recent calls.
   */
  waitForCall(
    predicate: (call: RecordedCall, index: number) => boolean,
    timeoutMs: number = DEFAULT_WAIT_TIMEOUT_MS,
  ): Promise<RecordedCall> {
    return this.#waitFor(
      () => this.calls.find((call, index) => call.status !== 0 && predicate(call, index)),
      timeoutMs,
      () =>
        `a matching REST call; recent calls:\n${this.calls
          .slice(-10)
          .map((call) => `  ${call.method} ${call.path} -> ${call.status}`)
          .join('\n')}`,
    );
  }

  /** Resolves with the interaction's first callback call once it has been answered. */
  waitForCallback(interactionId: string, timeoutMs: number = DEFAULT_WAIT_TIMEOUT_MS): Promise<RecordedCall> {
    const prefix = `${API_PREFIX}/interactions/${interactionId}/`;
    return this.waitForCall((call) => call.path.startsWith(prefix), timeoutMs);
  }

  /** Resolves once at least `count` READY dispatches have been sent. */
  async waitForReady(count = 1, timeoutMs: number = DEFAULT_WAIT_TIMEOUT_MS): Promise<void> {
    await this.#waitFor(
      () => (this.#readyCount >= count ? true : undefined),
      timeoutMs,
      () => `READY #${count}`,
    );
  }

  /** Resolves once at least `count` sessions have been resumed. */
  async waitForResumed(count = 1, timeoutMs: number = DEFAULT_WAIT_TIMEOUT_MS): Promise<void> {
    await this.#waitFor(
      () => (this.#resumeCount >= count ? true : undefined),
      timeoutMs,
      () => `RESUMED #${count}`,
    );
  }

  /**
   * Makes the next `times` (default 1) REST calls matching `predicate` fail with the given response.
   *
   * @param response - Status and JSON body, e.g. `{ status: 500, body: { message: 'oops', code: 0 } }`.
   */
  failNext(predicate: (call: RecordedCall) => boolean, response: InjectedFailure): void {
    this.#failures.push({
      predicate,
      response: {
        status: response.status,
        body: response.body ?? { message: 'Injected failure', code: 0 },
        ...(response.headers === undefined ? {} : { headers: response.headers }),
      },
      remaining: response.times ?? 1,
    });
  }

  /**
   * Makes the next `times` (default 1) REST calls matching `predicate` answer 429 as Discord does: a body with
   * `retry_after` (seconds) and the `Retry-After` and `X-RateLimit-*` headers discord.js waits by.
   */
  rateLimitNext(predicate: (call: RecordedCall) => boolean, retryAfterSeconds: number, times = 1): void {
    this.failNext(predicate, {
      status: 429,
      times,
      body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
      headers: {
        'Retry-After': String(retryAfterSeconds),
        'X-RateLimit-Limit': '1',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset-After': String(retryAfterSeconds),
        'X-RateLimit-Bucket': 'emulated',
        'X-RateLimit-Scope': 'user',
      },
    });
  }

  /**
   * Stores bytes served at `http://127.0.0.1:PORT/attachments/:id/:filename` and returns the attachment object.
   *
   * Attachment options of {@link DiscordEmulator.sendChatInput} whose value is this id are resolved automatically.
   */
  registerAttachment(
    filename: string,
    bytes: Buffer | Uint8Array | string,
    contentType: string,
  ): APIAttachment {
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
    const id = this.#snowflakes.next();
    const url = `${this.baseUrl}/${ATTACHMENTS_PATH}/${id}/${encodeURIComponent(filename)}`;
    const attachment: APIAttachment = {
      id,
      filename,
      size: data.length,
      url,
      proxy_url: url,
      content_type: contentType,
    };
    this.#attachments.set(id, { attachment, bytes: data });
    return attachment;
  }

  /**
   * Dispatches a raw gateway event to every live session.
   *
   * @throws When no client has identified.
   */
  dispatch(event: string, data: unknown): void {
    this.#dispatch(event, () => data, undefined);
  }

  /** The shards whose sessions received the interaction or message with this id. */
  deliveredTo(id: string): number[] {
    return this.deliveries.filter((delivery) => delivery.id === id).map((delivery) => delivery.shard);
  }

  /** `[shard_id, num_shards]` of each live session (connected or resumable), in identify order. */
  get sessionShards(): Array<readonly [number, number]> {
    return [...this.#sessions.values()].map((session) => session.shard);
  }

  /** Resolves once a session has identified as each of `shardIds`. */
  async waitForShards(shardIds: number[], timeoutMs: number = DEFAULT_WAIT_TIMEOUT_MS): Promise<void> {
    await this.#waitFor(
      () => {
        const live = new Set([...this.#sessions.values()].map((session) => session.shard[0]));
        return shardIds.every((id) => live.has(id)) ? true : undefined;
      },
      timeoutMs,
      () => `sessions of shards ${shardIds.join(', ')}`,
    );
  }

  /**
   * Stops acknowledging heartbeats (op 11) on the connections open now, as a half-dead connection would;
   * discord.js should take it for a zombie, close it and resume on a new connection, which is acknowledged.
   */
  withholdHeartbeatAcks(): void {
    for (const connection of this.#connections) connection.acksHeartbeats = false;
  }

  /** Dispatches a slash command (`INTERACTION_CREATE`, type 2) and returns the interaction id. */
  sendChatInput(input: ChatInputInput): string {
    const context = this.#interactionContext(input);
    const resolved = this.#resolveOptions(input.options ?? [], context.guild, input.resolved);
    const payload: APIChatInputApplicationCommandInteraction = {
      ...this.#interactionBase(InteractionType.ApplicationCommand, context, input),
      type: InteractionType.ApplicationCommand,
      channel: context.channel,
      channel_id: context.channel.id,
      app_permissions: context.appPermissions,
      data: {
        id: this.#commandId(input.name, context.guild?.id ?? null),
        name: input.name,
        type: ApplicationCommandType.ChatInput,
        ...(input.options === undefined ? {} : { options: input.options }),
        ...(resolved === undefined ? {} : { resolved }),
        ...(context.guild === null ? {} : { guild_id: context.guild.id }),
      },
    };
    return this.#sendInteraction(payload, context, null);
  }

  /** Dispatches an autocomplete interaction (type 4); mark one option `focused: true`. */
  sendAutocomplete(input: AutocompleteInput): string {
    const context = this.#interactionContext(input);
    const payload: APIApplicationCommandAutocompleteInteraction = {
      ...this.#interactionBase(InteractionType.ApplicationCommandAutocomplete, context, input),
      type: InteractionType.ApplicationCommandAutocomplete,
      channel: context.channel,
      channel_id: context.channel.id,
      app_permissions: context.appPermissions,
      data: {
        id: this.#commandId(input.name, context.guild?.id ?? null),
        name: input.name,
        type: ApplicationCommandType.ChatInput,
        options: input.options,
        ...(context.guild === null ? {} : { guild_id: context.guild.id }),
      },
    };
    return this.#sendInteraction(payload, context, null);
  }

  /**
   * Dispatches a button click (type 3, component type 2) and returns the interaction id.
   *
   * Without `messageId` or `message`, a bot message holding the button is created in the target channel.
   */
  sendButton(input: ButtonInput): string {
    let message: APIMessage | undefined;
    if (input.messageId !== undefined) {
      message = this.messages.get(input.messageId);
      if (message === undefined) throw new Error(`Unknown message ${input.messageId}`);
    } else if (input.message !== undefined) {
      message = input.message;
      this.messages.set(message.id, message);
    }
    const channelId = message?.channel_id ?? input.channelId;
    const dm = input.dm ?? (channelId !== undefined && this.#findDMChannel(channelId) !== undefined);
    const guildId =
      input.guildId ?? (channelId === undefined ? undefined : this.#guildOfChannel(channelId)?.id);
    const context = this.#interactionContext({
      ...input,
      dm,
      ...(channelId === undefined ? {} : { channelId }),
      ...(guildId === undefined ? {} : { guildId }),
    });
    message ??= this.#storeMessage(
      buildMessage({
        id: this.#snowflakes.next(),
        channelId: context.channel.id,
        author: this.botUser,
        components: [
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.Button,
                style: ButtonStyle.Primary,
                label: input.customId,
                custom_id: input.customId,
              },
            ],
          },
        ],
      }),
    );
    const payload: APIMessageComponentButtonInteraction = {
      ...this.#interactionBase(InteractionType.MessageComponent, context, input),
      type: InteractionType.MessageComponent,
      channel: context.channel,
      channel_id: context.channel.id,
      app_permissions: context.appPermissions,
      message,
      data: { custom_id: input.customId, component_type: ComponentType.Button },
    };
    return this.#sendInteraction(payload, context, message.id);
  }

  /**
   * Dispatches `MESSAGE_CREATE` from a user and returns the message id.
   *
   * Guild messages lose their content for clients without the MessageContent intent unless the bot is mentioned.
   */
  sendMessage(input: MessageInput): string {
    const author = input.author === undefined ? this.defaultUser : this.#upsertUser(input.author);
    const target = this.#messageTarget(input.dm ?? false, input.guildId, input.channelId, author);
    const member = target.guild === null ? null : this.#ensureMember(target.guild, author, input.member);
    const mentions = (input.mentions ?? []).map((id) => this.#users.get(id) ?? buildUser({ id }));
    const referenced = input.replyTo === undefined ? undefined : this.messages.get(input.replyTo);
    const message = buildMessage({
      id: this.#snowflakes.next(),
      channelId: target.channelId,
      author,
      content: input.content ?? '',
      attachments: input.attachments ?? [],
      mentions,
      mentionRoles: input.mentionRoles ?? [],
      type: input.replyTo === undefined ? MessageType.Default : MessageType.Reply,
    });
    if (input.replyTo !== undefined) {
      message.message_reference = {
        message_id: input.replyTo,
        channel_id: target.channelId,
        ...(target.guild === null ? {} : { guild_id: target.guild.id }),
      };
      message.referenced_message = referenced ?? null;
    }
    this.#storeMessage(message);
    const data = this.#gatewayMessage(message, target.guild, member);
    this.#dispatch(
      GatewayDispatchEvents.MessageCreate,
      (session) => this.#messageVisibleTo(session, data, target.guild),
      target.guild?.id ?? null,
    );
    return message.id;
  }

  /**
   * Closes every gateway socket with a resumable close code; discord.js then reconnects and sends RESUME.
   *
   * @param code - WebSocket close code (default 4000 Unknown error, which discord.js resumes from).
   */
  async dropConnection(code: number = GatewayCloseCodes.UnknownError): Promise<void> {
    const closing = [...this.#connections].map(
      (connection) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            connection.socket.terminate();
            resolve();
          }, DROP_CLOSE_TIMEOUT_MS);
          connection.socket.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
          connection.socket.close(code, 'Emulated disconnect');
        }),
    );
    await Promise.all(closing);
  }

  /** Sends op 7 RECONNECT; discord.js closes and resumes. */
  requestReconnect(): void {
    for (const connection of this.#connections)
      this.#send(connection, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  /** Sends op 9 INVALID_SESSION; with `resumable` false the sessions are discarded and clients re-identify. */
  invalidateSession(resumable = false): void {
    for (const connection of this.#connections) {
      if (!resumable && connection.session !== null) {
        this.#sessions.delete(connection.session.id);
        connection.session = null;
      }
      this.#send(connection, { op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  #notify(): void {
    for (const wake of [...this.#waiters]) wake();
  }

  #waitFor<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const immediate = check();
    if (immediate !== undefined) return Promise.resolve(immediate);
    return new Promise<T>((resolve, reject) => {
      const wake = (): void => {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
      timer.unref();
      const cleanup = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
      };
      this.#waiters.add(wake);
    });
  }

  #upsertUser(input: Partial<APIUser>): APIUser {
    const id = input.id ?? this.#snowflakes.next();
    const existing = this.#users.get(id);
    const user = existing === undefined ? buildUser({ ...input, id }) : { ...existing, ...input, id };
    this.#users.set(id, user);
    return user;
  }

  #addGuild(input: EmulatorGuildInput): void {
    const id = input.id ?? this.#snowflakes.next();
    const joinedAt = new Date().toISOString();
    const everyone = buildRole({
      id,
      name: '@everyone',
      permissions: permissionString(input.everyonePermissions, DEFAULT_EVERYONE_PERMISSIONS),
      position: 0,
    });
    const roles = [
      everyone,
      ...(input.roles ?? []).map((role, index) =>
        buildRole({
          id: role.id ?? this.#snowflakes.next(),
          name: role.name,
          permissions: permissionString(role.permissions, '0'),
          position: index + 1,
        }),
      ),
    ];
    const channels = (input.channels ?? [{ name: 'general' }]).map((channel, index) =>
      buildTextChannel({
        id: channel.id ?? this.#snowflakes.next(),
        guildId: id,
        name: channel.name ?? `channel-${index + 1}`,
        position: index,
        topic: channel.topic ?? null,
      }),
    );
    const guild: GuildState = {
      id,
      name: input.name ?? `Guild ${id.slice(-4)}`,
      ownerId: input.ownerId ?? this.#upsertUser({ username: 'guild-owner' }).id,
      joinedAt,
      roles,
      channels,
      members: new Map(),
    };
    this.#guilds.set(id, guild);
    this.#ensureMember(guild, this.botUser, undefined);
    const owner = this.#users.get(guild.ownerId) ?? this.#upsertUser({ id: guild.ownerId });
    this.#ensureMember(guild, owner, undefined);
    for (const member of input.members ?? [])
      this.#ensureMember(guild, this.#upsertUser(member.user), {
        ...(member.roles === undefined ? {} : { roles: member.roles }),
        ...(member.nick === undefined ? {} : { nick: member.nick }),
      });
  }

  #ensureMember(
    guild: GuildState,
    user: APIUser,
    overrides: EmulatorMemberOverrides | undefined,
  ): APIGuildMember {
    const existing = guild.members.get(user.id);
    const member: APIGuildMember = existing
      ? { ...existing, user }
      : buildMember({ user, joinedAt: new Date().toISOString() });
    if (overrides?.roles !== undefined) member.roles = overrides.roles;
    if (overrides?.nick !== undefined) member.nick = overrides.nick;
    guild.members.set(user.id, member);
    return member;
  }

  #memberPermissions(
    guild: GuildState,
    member: APIGuildMember,
    override: string | bigint | undefined,
  ): string {
    if (override !== undefined) return override.toString();
    let permissions = 0n;
    for (const role of guild.roles)
      if (role.id === guild.id || member.roles.includes(role.id)) permissions |= BigInt(role.permissions);
    return permissions.toString();
  }

  #guildOfChannel(channelId: string): GuildState | undefined {
    for (const guild of this.#guilds.values())
      if (guild.channels.some((channel) => channel.id === channelId)) return guild;
    return undefined;
  }

  #findDMChannel(channelId: string): APIDMChannel | undefined {
    for (const channel of this.#dmChannels.values()) if (channel.id === channelId) return channel;
    return undefined;
  }

  #findChannel(channelId: string): APITextChannel | APIDMChannel | undefined {
    return (
      this.#guildOfChannel(channelId)?.channels.find((channel) => channel.id === channelId) ??
      this.#findDMChannel(channelId)
    );
  }

  #messageTarget(
    dm: boolean,
    guildId: string | undefined,
    channelId: string | undefined,
    user: APIUser,
  ): MessageTarget {
    if (dm) {
      if (channelId !== undefined) {
        if (this.#findDMChannel(channelId) === undefined) throw new Error(`Unknown DM channel ${channelId}`);
        return { channelId, guild: null };
      }
      return { channelId: this.dmChannelFor(user).id, guild: null };
    }
    const guild =
      guildId !== undefined
        ? this.#guilds.get(guildId)
        : channelId !== undefined
          ? this.#guildOfChannel(channelId)
          : this.#guilds.get(this.defaultGuildId);
    if (guild === undefined)
      throw new Error(`Unknown guild for ${guildId ?? channelId ?? 'default'}; pass dm: true`);
    const channel =
      channelId === undefined
        ? guild.channels[0]
        : guild.channels.find((candidate) => candidate.id === channelId);
    if (channel === undefined)
      throw new Error(`Unknown channel ${channelId ?? '(first)'} in guild ${guild.id}`);
    return { channelId: channel.id, guild };
  }

  #interactionContext(input: InteractionContextInput): InteractionContext {
    const user = input.user === undefined ? this.defaultUser : this.#upsertUser(input.user);
    const target = this.#messageTarget(input.dm ?? false, input.guildId, input.channelId, user);
    const channel = this.#findChannel(target.channelId);
    if (channel === undefined) throw new Error(`Unknown channel ${target.channelId}`);
    const appPermissions = permissionString(input.appPermissions, DEFAULT_APP_PERMISSIONS);
    if (target.guild === null) return { user, guild: null, channel, member: null, appPermissions };
    const member = this.#ensureMember(target.guild, user, input.member);
    return {
      user,
      guild: target.guild,
      channel,
      member: {
        ...member,
        user,
        permissions: this.#memberPermissions(target.guild, member, input.member?.permissions),
      },
      appPermissions,
    };
  }

  #interactionBase(
    type: InteractionType,
    context: InteractionContext,
    input: InteractionContextInput,
  ): InteractionBase {
    const locale = input.locale ?? Locale.EnglishUS;
    const base: InteractionBase = {
      id: this.#snowflakes.next(),
      application_id: this.applicationId,
      token: `emulated-${type}-${randomBytes(24).toString('base64url')}`,
      version: 1,
      app_permissions: context.appPermissions,
      locale,
      entitlements: [],
      authorizing_integration_owners: {
        [ApplicationIntegrationType.GuildInstall]: context.guild?.id ?? '0',
      },
      context: context.guild === null ? InteractionContextType.BotDM : InteractionContextType.Guild,
      attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    };
    if (context.guild === null || context.member === null) {
      base.user = context.user;
    } else {
      base.guild_id = context.guild.id;
      base.guild = { id: context.guild.id, locale: Locale.EnglishUS, features: [] };
      base.guild_locale = Locale.EnglishUS;
      base.member = context.member;
    }
    return base;
  }

  #sendInteraction(
    payload: APIInteraction,
    context: InteractionContext,
    sourceMessageId: string | null,
  ): string {
    this.#interactions.set(payload.id, {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      channelId: context.channel.id,
      guildId: context.guild?.id ?? null,
      userId: context.user.id,
      createdAt: Date.now(),
      payload,
      responseType: null,
      originalMessageId: null,
      sourceMessageId,
      followUpIds: [],
    });
    this.#dispatch(GatewayDispatchEvents.InteractionCreate, () => payload, context.guild?.id ?? null);
    return payload.id;
  }

  #commandId(name: string, guildId: string | null): string {
    const registered =
      (guildId === null
        ? undefined
        : this.#guildCommands.get(guildId)?.find((command) => command.name === name)) ??
      this.#globalCommands.find((command) => command.name === name);
    if (registered !== undefined) return registered.id;
    let id = this.#commandIdsByName.get(name);
    if (id === undefined) {
      id = this.#snowflakes.next();
      this.#commandIdsByName.set(name, id);
    }
    return id;
  }

  #resolveOptions(
    options: APIApplicationCommandInteractionDataOption[],
    guild: GuildState | null,
    explicit: APIInteractionDataResolved | undefined,
  ): APIInteractionDataResolved | undefined {
    const resolved: APIInteractionDataResolved = { ...explicit };
    const visit = (list: APIApplicationCommandInteractionDataOption[]): void => {
      for (const option of list) {
        switch (option.type) {
          case ApplicationCommandOptionType.Subcommand:
          case ApplicationCommandOptionType.SubcommandGroup:
            visit(option.options ?? []);
            break;
          case ApplicationCommandOptionType.Attachment: {
            const stored = this.#attachments.get(option.value);
            if (stored !== undefined)
              resolved.attachments = { ...resolved.attachments, [option.value]: stored.attachment };
            break;
          }
          case ApplicationCommandOptionType.User:
          case ApplicationCommandOptionType.Mentionable: {
            const user = this.#users.get(option.value);
            if (user !== undefined) {
              resolved.users = { ...resolved.users, [user.id]: user };
              const member = guild?.members.get(user.id);
              if (guild !== null && member !== undefined) {
                const { user: _omitted, ...rest } = member;
                resolved.members = {
                  ...resolved.members,
                  [user.id]: { ...rest, permissions: this.#memberPermissions(guild, member, undefined) },
                };
              }
            }
            const role = guild?.roles.find((candidate) => candidate.id === option.value);
            if (role !== undefined) resolved.roles = { ...resolved.roles, [role.id]: role };
            break;
          }
          case ApplicationCommandOptionType.Role: {
            const role = guild?.roles.find((candidate) => candidate.id === option.value);
            if (role !== undefined) resolved.roles = { ...resolved.roles, [role.id]: role };
            break;
          }
          case ApplicationCommandOptionType.Channel: {
            const channel = guild?.channels.find((candidate) => candidate.id === option.value);
            if (channel !== undefined)
              resolved.channels = {
                ...resolved.channels,
                [channel.id]: {
                  id: channel.id,
                  type: channel.type,
                  name: channel.name,
                  permissions: DEFAULT_APP_PERMISSIONS,
                },
              };
            break;
          }
          default:
            break;
        }
      }
    };
    visit(options);
    return Object.keys(resolved).length === 0 ? undefined : resolved;
  }

  #storeMessage(message: APIMessage): APIMessage {
    this.messages.set(message.id, message);
    const channel = this.#findChannel(message.channel_id);
    if (channel !== undefined) channel.last_message_id = message.id;
    return message;
  }

  #gatewayMessage(
    message: APIMessage,
    guild: GuildState | null,
    member: APIGuildMember | null,
  ): GatewayMessageCreateDispatchData {
    const data: GatewayMessageCreateDispatchData = {
      ...message,
      mentions: message.mentions.map((user): APIUserWithMember => {
        const mentioned = guild?.members.get(user.id);
        if (mentioned === undefined) return user;
        const { user: _omitted, ...rest } = mentioned;
        return { ...user, member: rest };
      }),
      channel_type: guild === null ? ChannelType.DM : ChannelType.GuildText,
    };
    if (guild !== null) {
      data.guild_id = guild.id;
      if (member !== null) {
        const { user: _omitted, ...rest } = member;
        data.member = rest;
      }
    }
    return data;
  }

  #messageVisibleTo(
    session: GatewaySession,
    data: GatewayMessageCreateDispatchData,
    guild: GuildState | null,
  ): GatewayMessageCreateDispatchData | null {
    const intent = guild === null ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages;
    if ((session.intents & BigInt(intent)) === 0n) return null;
    const hasContent =
      guild === null ||
      (session.intents & BigInt(GatewayIntentBits.MessageContent)) !== 0n ||
      data.author.id === this.botUser.id ||
      data.mentions.some((user) => user.id === this.botUser.id);
    return hasContent ? data : { ...data, content: '', embeds: [], attachments: [], components: [] };
  }

  #echoMessage(
    event: GatewayDispatchEvents.MessageCreate | GatewayDispatchEvents.MessageUpdate,
    message: APIMessage,
  ): void {
    if (((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0 || this.#sessions.size === 0) return;
    const guild = this.#guildOfChannel(message.channel_id) ?? null;
    const data = this.#gatewayMessage(message, guild, guild?.members.get(this.botUser.id) ?? null);
    this.#dispatch(event, (session) => this.#messageVisibleTo(session, data, guild), guild?.id ?? null);
  }

  #echoDelete(message: APIMessage): void {
    if (((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0 || this.#sessions.size === 0) return;
    const guild = this.#guildOfChannel(message.channel_id) ?? null;
    const intent = guild === null ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages;
    this.#dispatch(
      GatewayDispatchEvents.MessageDelete,
      (session) =>
        (session.intents & BigInt(intent)) === 0n
          ? null
          : {
              id: message.id,
              channel_id: message.channel_id,
              ...(guild === null ? {} : { guild_id: guild.id }),
            },
      guild?.id ?? null,
    );
  }

  /**
   * Sends an event to the sessions that should get it: with `guildId` a guild id, the sessions of that guild's
   * shard; with `null` (a DM), those of shard 0; with `undefined`, every session.
   */
  #dispatch(
    event: string,
    build: (session: GatewaySession) => unknown,
    guildId: string | null | undefined,
  ): void {
    if (this.#sessions.size === 0) throw new Error(`No gateway session to dispatch ${event} to`);
    for (const session of this.#sessions.values()) {
      if (guildId !== undefined && session.shard[0] !== shardOfGuild(guildId, session.shard[1])) continue;
      const data = build(session);
      if (data === null) continue;
      this.#dispatchTo(session, event, data);
    }
    this.#notify();
  }

  #dispatchTo(session: GatewaySession, event: string, data: unknown): void {
    session.sequence += 1;
    const record: DispatchRecord = { op: GatewayOpcodes.Dispatch, t: event, s: session.sequence, d: data };
    session.log.push(record);
    if (event === GatewayDispatchEvents.InteractionCreate || event === GatewayDispatchEvents.MessageCreate)
      this.deliveries.push({
        event,
        id: isRecord(data) && typeof data['id'] === 'string' ? data['id'] : null,
        shard: session.shard[0],
        sessionId: session.id,
      });
    if (session.connection !== null) this.#send(session.connection, record);
  }

  #send(
    connection: GatewayConnection,
    payload: { op: GatewayOpcodes; d: unknown; s: number | null; t: string | null },
  ): void {
    const text = JSON.stringify(payload);
    const { socket, deflate } = connection;
    if (deflate === null) {
      if (socket.readyState === WebSocket.OPEN) socket.send(text);
      return;
    }
    connection.sendQueue = connection.sendQueue.then(
      () =>
        new Promise<void>((resolve) => {
          deflate.write(text);
          deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
            setImmediate(() => {
              const frame = Buffer.concat(connection.deflated.splice(0));
              if (socket.readyState === WebSocket.OPEN) socket.send(frame);
              resolve();
            });
          });
        }),
    );
  }

  #handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', this.baseUrl);
    if (url.pathname !== GATEWAY_PATH) {
      socket.destroy();
      return;
    }
    this.#wss.handleUpgrade(request, socket, head, (ws) => this.#onGatewayConnection(ws, url.searchParams));
  }

  #onGatewayConnection(socket: WebSocket, query: URLSearchParams): void {
    this.gatewayConnections.push({ query: Object.fromEntries(query), at: Date.now() });
    const compress = query.get('compress');
    const deflate = compress === 'zlib-stream' ? createDeflate() : null;
    const connection: GatewayConnection = {
      socket,
      query,
      deflate,
      deflated: [],
      sendQueue: Promise.resolve(),
      session: null,
      acksHeartbeats: true,
    };
    deflate?.on('data', (chunk: Buffer) => connection.deflated.push(chunk));
    this.#connections.add(connection);
    socket.on('message', (raw: RawData, isBinary: boolean) =>
      this.#onGatewayMessage(connection, raw, isBinary),
    );
    socket.on('close', (code: number) => this.#onGatewayClose(connection, code));
    socket.on('error', () => socket.terminate());
    if (query.get('v') !== API_VERSION) {
      socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if ((query.get('encoding') ?? 'json') !== 'json' || (compress !== null && compress !== 'zlib-stream')) {
      socket.close(GatewayCloseCodes.DecodeError, 'Unsupported encoding or compression');
      return;
    }
    this.#send(connection, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.#heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  #onGatewayClose(connection: GatewayConnection, code: number): void {
    this.#connections.delete(connection);
    connection.deflate?.destroy();
    const { session } = connection;
    if (session !== null && session.connection === connection) {
      session.connection = null;
      if (INVALIDATING_CLOSE_CODES.has(code)) this.#sessions.delete(session.id);
    }
    this.#notify();
  }

  #onGatewayMessage(connection: GatewayConnection, raw: RawData, isBinary: boolean): void {
    if (isBinary) {
      connection.socket.close(GatewayCloseCodes.DecodeError, 'Binary payloads are not supported');
      return;
    }
    const bytes = Array.isArray(raw)
      ? Buffer.concat(raw)
      : raw instanceof ArrayBuffer
        ? Buffer.from(raw)
        : raw;
    const text = bytes.toString('utf8');
    const payload = parseJson(text);
    if (!isRecord(payload) || typeof payload['op'] !== 'number') {
      connection.socket.close(GatewayCloseCodes.DecodeError, 'Decode error');
      return;
    }
    const op = payload['op'];
    const d = payload['d'];
    this.gatewayReceived.push({ op, d, at: Date.now() });
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.#heartbeatCount += 1;
        if (connection.acksHeartbeats)
          this.#send(connection, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        break;
      case GatewayOpcodes.Identify:
        this.#onIdentify(connection, d);
        break;
      case GatewayOpcodes.Resume:
        this.#onResume(connection, d);
        break;
      case GatewayOpcodes.RequestGuildMembers:
        this.#onRequestGuildMembers(connection, d);
        break;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (connection.session === null)
          connection.socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated');
        break;
      default:
        connection.socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode');
    }
    this.#notify();
  }

  #onIdentify(connection: GatewayConnection, d: unknown): void {
    if (connection.session !== null) {
      connection.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated');
      return;
    }
    this.identifies.push(d);
    this.#identifyCount += 1;
    const intents = isRecord(d) && typeof d['intents'] === 'number' ? BigInt(d['intents']) : 0n;
    const requested = isRecord(d) ? d['shard'] : undefined;
    let shard: readonly [number, number] = [0, 1];
    if (requested !== undefined) {
      const [id, count] = Array.isArray(requested) ? (requested as unknown[]) : [];
      if (
        !Number.isInteger(id) ||
        !Number.isInteger(count) ||
        (count as number) < 1 ||
        (id as number) < 0 ||
        (id as number) >= (count as number)
      ) {
        connection.socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard');
        return;
      }
      shard = [id as number, count as number];
    }
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      sequence: 0,
      intents,
      shard,
      log: [],
      connection,
    };
    this.#sessions.set(session.id, session);
    connection.session = session;
    const shardGuilds = [...this.#guilds.values()].filter(
      (guild) => shardOfGuild(guild.id, shard[1]) === shard[0],
    );
    const ready: GatewayReadyDispatchData = {
      v: Number(API_VERSION),
      user: this.botUser,
      guilds: shardGuilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard: [shard[0], shard[1]],
      application: { id: this.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.#dispatchTo(session, GatewayDispatchEvents.Ready, ready);
    this.#readyCount += 1;
    if ((intents & BigInt(GatewayIntentBits.Guilds)) !== 0n)
      for (const guild of shardGuilds)
        this.#dispatchTo(session, GatewayDispatchEvents.GuildCreate, buildGuildCreate(this.#snapshot(guild)));
  }

  #onResume(connection: GatewayConnection, d: unknown): void {
    const sessionId = isRecord(d) ? d['session_id'] : undefined;
    const seq = isRecord(d) && typeof d['seq'] === 'number' ? d['seq'] : 0;
    const session = typeof sessionId === 'string' ? this.#sessions.get(sessionId) : undefined;
    if (session === undefined || seq > session.sequence) {
      this.#send(connection, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.connection !== null && session.connection !== connection) {
      session.connection.session = null;
      session.connection.socket.terminate();
    }
    session.connection = connection;
    connection.session = session;
    for (const record of session.log) if (record.s > seq) this.#send(connection, record);
    session.sequence += 1;
    this.#send(connection, {
      op: GatewayOpcodes.Dispatch,
      t: GatewayDispatchEvents.Resumed,
      s: session.sequence,
      d: {},
    });
    this.#resumeCount += 1;
  }

  #onRequestGuildMembers(connection: GatewayConnection, d: unknown): void {
    const { session } = connection;
    if (session === null) {
      connection.socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated');
      return;
    }
    if (!isRecord(d)) return;
    const guildIds = Array.isArray(d['guild_id']) ? d['guild_id'] : [d['guild_id']];
    const userIds = Array.isArray(d['user_ids'])
      ? d['user_ids']
      : typeof d['user_ids'] === 'string'
        ? [d['user_ids']]
        : null;
    const query = typeof d['query'] === 'string' ? d['query'].toLowerCase() : '';
    for (const guildId of guildIds) {
      const guild = typeof guildId === 'string' ? this.#guilds.get(guildId) : undefined;
      if (guild === undefined) continue;
      const members = [...guild.members.values()].filter((member) =>
        userIds === null
          ? member.user.username.toLowerCase().startsWith(query)
          : userIds.includes(member.user.id),
      );
      this.#dispatchTo(session, GatewayDispatchEvents.GuildMembersChunk, {
        guild_id: guild.id,
        members,
        chunk_index: 0,
        chunk_count: 1,
        ...(typeof d['nonce'] === 'string' ? { nonce: d['nonce'] } : {}),
      });
    }
  }

  #snapshot(guild: GuildState): GuildSnapshot {
    return {
      id: guild.id,
      name: guild.name,
      ownerId: guild.ownerId,
      joinedAt: guild.joinedAt,
      roles: guild.roles,
      channels: guild.channels,
      members: [...guild.members.values()],
    };
  }

  async #handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const segments = url.pathname
      .split('/')
      .filter((segment) => segment.length > 0)
      .map(decodeSegment);
    const call: RecordedCall = {
      method: request.method ?? 'GET',
      path: `/${segments.join('/')}`,
      query: Object.fromEntries(url.searchParams),
      body: null,
      files: [],
      status: 0,
      at: Date.now(),
    };
    this.calls.push(call);
    let result: RestResponse;
    try {
      const parsed = parseRequestBody(await readBody(request), request.headers['content-type']);
      call.body = parsed.body;
      call.files = parsed.files;
      result = this.#injectedFailure(call) ?? this.#route(call, segments, url.searchParams);
    } catch (error) {
      result = {
        status: 500,
        body: { message: error instanceof Error ? error.message : String(error), code: 0 },
      };
    }
    call.status = result.status;
    this.#notify();
    const headers = result.headers ?? {};
    if (result.body === undefined || result.status === 204) {
      response.writeHead(result.status, headers);
      response.end();
      return;
    }
    if (Buffer.isBuffer(result.body)) {
      response.writeHead(result.status, {
        ...headers,
        'content-type': result.contentType ?? 'application/octet-stream',
      });
      response.end(result.body);
      return;
    }
    response.writeHead(result.status, { ...headers, 'content-type': 'application/json' });
    response.end(JSON.stringify(result.body));
  }

  #injectedFailure(call: RecordedCall): RestResponse | undefined {
    const failure = this.#failures.find((candidate) => candidate.remaining > 0 && candidate.predicate(call));
    if (failure === undefined) return undefined;
    failure.remaining -= 1;
    return failure.response;
  }

  #route(call: RecordedCall, segments: string[], query: URLSearchParams): RestResponse {
    if (segments[0] === ATTACHMENTS_PATH && call.method === 'GET') {
      const stored = segments[1] === undefined ? undefined : this.#attachments.get(segments[1]);
      return stored === undefined
        ? NOT_FOUND
        : {
            status: 200,
            body: stored.bytes,
            contentType: stored.attachment.content_type ?? 'application/octet-stream',
          };
    }
    if (segments[0] !== 'api' || segments[1] !== `v${API_VERSION}`) return NOT_FOUND;
    const rest = segments.slice(2);
    for (const route of this.#routes) {
      if (route.method !== call.method || route.segments.length !== rest.length) continue;
      const params: Record<string, string> = {};
      const matches = route.segments.every((segment, index) => {
        const actual = rest[index] ?? '';
        if (segment.startsWith(':')) {
          params[segment.slice(1)] = actual;
          return true;
        }
        return segment === actual;
      });
      if (matches) return route.handler({ call, params, query });
    }
    return NOT_FOUND;
  }

  #buildRoutes(): Route[] {
    const routes: Route[] = [];
    const add = (method: string, path: string, handler: RouteHandler): void => {
      routes.push({ method, segments: path.split('/').filter((segment) => segment.length > 0), handler });
    };
    const param = (request: RestRequest, name: string): string => request.params[name] ?? '';

    add('GET', '/gateway', () => ({ status: 200, body: { url: this.gatewayUrl } }));
    add('GET', '/gateway/bot', () => {
      const info: APIGatewayBotInfo = {
        url: this.gatewayUrl,
        shards: this.#recommendedShards,
        session_start_limit: {
          total: SESSION_START_LIMIT,
          remaining: Math.max(0, SESSION_START_LIMIT - this.#identifyCount),
          reset_after: 0,
          max_concurrency: 1,
        },
      };
      return { status: 200, body: info };
    });
    add('GET', '/users/@me', () => ({ status: 200, body: this.botUser }));
    add('GET', '/users/:user', (request) => {
      const user = this.#users.get(param(request, 'user'));
      return user === undefined ? UNKNOWN_USER : { status: 200, body: user };
    });
    add('POST', '/users/@me/channels', (request) => {
      const body = request.call.body;
      const recipientId =
        isRecord(body) && typeof body['recipient_id'] === 'string' ? body['recipient_id'] : null;
      if (recipientId === null) return INVALID_FORM_BODY;
      const user = this.#users.get(recipientId);
      return user === undefined ? UNKNOWN_USER : { status: 200, body: this.dmChannelFor(user) };
    });
    add('GET', '/applications/@me', () => ({ status: 200, body: this.#application() }));

    for (const scope of ['/applications/:app/commands', '/applications/:app/guilds/:guild/commands']) {
      const list = (request: RestRequest): APIApplicationCommand[] | null => {
        if (param(request, 'app') !== this.applicationId) return null;
        const guildId = request.params['guild'];
        if (guildId === undefined) return this.#globalCommands;
        if (!this.#guilds.has(guildId)) return null;
        let commands = this.#guildCommands.get(guildId);
        if (commands === undefined) {
          commands = [];
          this.#guildCommands.set(guildId, commands);
        }
        return commands;
      };
      add('GET', scope, (request) => {
        const commands = list(request);
        return commands === null ? UNKNOWN_GUILD : { status: 200, body: commands };
      });
      add('PUT', scope, (request) => {
        const commands = list(request);
        const body = request.call.body;
        if (commands === null) return UNKNOWN_GUILD;
        if (!Array.isArray(body)) return INVALID_FORM_BODY;
        const next = body.map((entry: unknown) =>
          this.#buildCommand(entry, request.params['guild'] ?? null, commands),
        );
        commands.splice(0, commands.length, ...next);
        return { status: 200, body: commands };
      });
      add('POST', scope, (request) => {
        const commands = list(request);
        if (commands === null) return UNKNOWN_GUILD;
        const command = this.#buildCommand(request.call.body, request.params['guild'] ?? null, commands);
        const index = commands.findIndex((existing) => existing.id === command.id);
        if (index === -1) commands.push(command);
        else commands[index] = command;
        return { status: index === -1 ? 201 : 200, body: command };
      });
      add('GET', `${scope}/:command`, (request) => {
        const command = list(request)?.find((candidate) => candidate.id === param(request, 'command'));
        return command === undefined ? UNKNOWN_COMMAND : { status: 200, body: command };
      });
      add('DELETE', `${scope}/:command`, (request) => {
        const commands = list(request);
        const index = commands?.findIndex((candidate) => candidate.id === param(request, 'command')) ?? -1;
        if (commands === null || index === -1) return UNKNOWN_COMMAND;
        commands.splice(index, 1);
        return { status: 204 };
      });
    }

    add('POST', '/interactions/:id/:token/callback', (request) =>
      this.#interactionCallback(param(request, 'id'), param(request, 'token'), request),
    );
    add('POST', '/webhooks/:app/:token', (request) => this.#followUp(request));
    for (const method of ['GET', 'PATCH', 'DELETE'])
      add(method, '/webhooks/:app/:token/messages/:message', (request) => this.#webhookMessage(request));

    add('GET', '/channels/:channel', (request) => {
      const channel = this.#findChannel(param(request, 'channel'));
      return channel === undefined ? UNKNOWN_CHANNEL : { status: 200, body: channel };
    });
    add('GET', '/channels/:channel/messages', (request) => {
      const channelId = param(request, 'channel');
      if (this.#findChannel(channelId) === undefined) return UNKNOWN_CHANNEL;
      const limit = Number(request.query.get('limit') ?? '50');
      const messages = [...this.messages.values()]
        .filter((message) => message.channel_id === channelId)
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
        .slice(0, limit);
      return { status: 200, body: messages };
    });
    add('POST', '/channels/:channel/messages', (request) => this.#createChannelMessage(request));
    add('GET', '/channels/:channel/messages/:message', (request) => {
      const message = this.messages.get(param(request, 'message'));
      return message?.channel_id === param(request, 'channel')
        ? { status: 200, body: message }
        : UNKNOWN_MESSAGE;
    });
    add('PATCH', '/channels/:channel/messages/:message', (request) => {
      const message = this.messages.get(param(request, 'message'));
      if (message?.channel_id !== param(request, 'channel')) return UNKNOWN_MESSAGE;
      return { status: 200, body: this.#editMessage(message, request.call) };
    });
    add('DELETE', '/channels/:channel/messages/:message', (request) => {
      const message = this.messages.get(param(request, 'message'));
      if (message?.channel_id !== param(request, 'channel')) return UNKNOWN_MESSAGE;
      this.#deleteMessage(message);
      return { status: 204 };
    });
    add('POST', '/channels/:channel/typing', (request) =>
      this.#findChannel(param(request, 'channel')) === undefined ? UNKNOWN_CHANNEL : { status: 204 },
    );
    for (const method of ['PUT', 'DELETE'])
      add(method, '/channels/:channel/messages/:message/reactions/:emoji/@me', (request) =>
        this.messages.get(param(request, 'message'))?.channel_id === param(request, 'channel')
          ? { status: 204 }
          : UNKNOWN_MESSAGE,
      );

    add('GET', '/guilds/:guild', (request) => {
      const guild = this.#guilds.get(param(request, 'guild'));
      if (guild === undefined) return UNKNOWN_GUILD;
      const { channels: _channels, members: _members, ...body } = buildGuildCreate(this.#snapshot(guild));
      return { status: 200, body };
    });
    add('GET', '/guilds/:guild/channels', (request) => {
      const guild = this.#guilds.get(param(request, 'guild'));
      return guild === undefined ? UNKNOWN_GUILD : { status: 200, body: guild.channels };
    });
    add('GET', '/guilds/:guild/roles', (request) => {
      const guild = this.#guilds.get(param(request, 'guild'));
      return guild === undefined ? UNKNOWN_GUILD : { status: 200, body: guild.roles };
    });
    add('GET', '/guilds/:guild/members/:user', (request) => {
      const guild = this.#guilds.get(param(request, 'guild'));
      if (guild === undefined) return UNKNOWN_GUILD;
      const member = guild.members.get(param(request, 'user'));
      return member === undefined ? UNKNOWN_MEMBER : { status: 200, body: member };
    });
    return routes;
  }

  #application(): APIApplication {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      bot_public: false,
      bot_require_code_grant: false,
      bot: this.botUser,
      summary: '',
      verify_key: '0'.repeat(64),
      team: null,
      owner: this.defaultUser,
      flags: 0 as ApplicationFlags,
      flags_new: '0',
    };
  }

  #buildCommand(
    entry: unknown,
    guildId: string | null,
    existing: APIApplicationCommand[],
  ): APIApplicationCommand {
    const body = isRecord(entry) ? entry : {};
    const name = typeof body['name'] === 'string' ? body['name'] : 'unnamed';
    const type =
      typeof body['type'] === 'number'
        ? (body['type'] as ApplicationCommandType)
        : ApplicationCommandType.ChatInput;
    const previous = existing.find((command) => command.name === name && command.type === type);
    const id = previous?.id ?? (typeof body['id'] === 'string' ? body['id'] : this.#snowflakes.next());
    return {
      description: '',
      default_member_permissions: null,
      nsfw: false,
      ...(body as Partial<APIApplicationCommand>),
      id,
      name,
      type,
      application_id: this.applicationId,
      version: this.#snowflakes.next(),
      ...(guildId === null ? {} : { guild_id: guildId }),
    } as APIApplicationCommand;
  }

  #interactionByToken(app: string, token: string): InteractionRecord | undefined {
    if (app !== this.applicationId) return undefined;
    for (const record of this.#interactions.values()) if (record.token === token) return record;
    return undefined;
  }

  #interactionCallback(id: string, token: string, request: RestRequest): RestResponse {
    const record = this.#interactions.get(id);
    if (record === undefined || record.token !== token) return UNKNOWN_INTERACTION;
    if (record.responseType !== null) return ALREADY_ACKNOWLEDGED;
    if (this.#ackTimeoutMs !== null && Date.now() - record.createdAt > this.#ackTimeoutMs)
      return UNKNOWN_INTERACTION;
    const body = request.call.body;
    if (!isRecord(body) || typeof body['type'] !== 'number') return INVALID_FORM_BODY;
    const type = body['type'] as InteractionResponseType;
    if (!RESPONSE_TYPES_BY_INTERACTION.get(record.type)?.has(type)) return INVALID_FORM_BODY;
    const data = isRecord(body['data']) ? body['data'] : {};
    record.responseType = type;
    let message: APIMessage | undefined;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const deferred = type === InteractionResponseType.DeferredChannelMessageWithSource;
        const content = deferred
          ? this.#contentFrom({ flags: data['flags'] }, [], [])
          : this.#contentFrom(data, request.call.files, []);
        const flags = (content.flags ?? 0) | (deferred ? MessageFlags.Loading : 0);
        message = this.#storeMessage(
          buildMessage({
            ...content,
            flags,
            id: this.#snowflakes.next(),
            channelId: record.channelId,
            author: this.botUser,
            webhookId: this.applicationId,
            applicationId: this.applicationId,
            type:
              record.type === InteractionType.ApplicationCommand
                ? MessageType.ChatInputCommand
                : MessageType.Default,
          }),
        );
        record.originalMessageId = message.id;
        this.#echoMessage(GatewayDispatchEvents.MessageCreate, message);
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const source =
          record.sourceMessageId === null ? undefined : this.messages.get(record.sourceMessageId);
        if (source === undefined) return UNKNOWN_MESSAGE;
        record.originalMessageId = source.id;
        message =
          type === InteractionResponseType.UpdateMessage
            ? this.#editMessage(source, { body: data, files: request.call.files })
            : source;
        break;
      }
      default:
        break;
    }
    if (request.query.get('with_response') !== 'true') return { status: 204 };
    const result: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id: record.id,
        type: record.type,
        ...(message === undefined
          ? {}
          : {
              response_message_id: message.id,
              response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
              response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
            }),
      },
      resource: { type, ...(message === undefined ? {} : { message }) },
    };
    return { status: 200, body: result };
  }

  #followUp(request: RestRequest): RestResponse {
    const record = this.#interactionByToken(request.params['app'] ?? '', request.params['token'] ?? '');
    if (record === undefined || record.responseType === null) return UNKNOWN_WEBHOOK;
    const content = this.#contentFrom(request.call.body, request.call.files, []);
    const message = this.#storeMessage(
      buildMessage({
        ...content,
        id: this.#snowflakes.next(),
        channelId: record.channelId,
        author: this.botUser,
        webhookId: this.applicationId,
        applicationId: this.applicationId,
        type: MessageType.Default,
      }),
    );
    record.followUpIds.push(message.id);
    this.#echoMessage(GatewayDispatchEvents.MessageCreate, message);
    return request.query.get('wait') === 'false' ? { status: 204 } : { status: 200, body: message };
  }

  #webhookMessage(request: RestRequest): RestResponse {
    const record = this.#interactionByToken(request.params['app'] ?? '', request.params['token'] ?? '');
    if (record === undefined) return UNKNOWN_WEBHOOK;
    const requested = request.params['message'] ?? '';
    const id = requested === '@original' ? record.originalMessageId : requested;
    const owned = id !== null && (id === record.originalMessageId || record.followUpIds.includes(id));
    const message = owned ? this.messages.get(id) : undefined;
    if (id === null || message === undefined) return UNKNOWN_MESSAGE;
    switch (request.call.method) {
      case 'GET':
        return { status: 200, body: message };
      case 'DELETE':
        this.#deleteMessage(message);
        return { status: 204 };
      default:
        return { status: 200, body: this.#editMessage(message, request.call) };
    }
  }

  #createChannelMessage(request: RestRequest): RestResponse {
    const channelId = request.params['channel'] ?? '';
    if (this.#findChannel(channelId) === undefined) return UNKNOWN_CHANNEL;
    const body = isRecord(request.call.body) ? request.call.body : {};
    const content = this.#contentFrom(body, request.call.files, []);
    const reference = isRecord(body['message_reference']) ? body['message_reference'] : null;
    const referencedId = typeof reference?.['message_id'] === 'string' ? reference['message_id'] : null;
    const referenced = referencedId === null ? undefined : this.messages.get(referencedId);
    if (referencedId !== null && referenced === undefined && reference?.['fail_if_not_exists'] !== false)
      return apiError(400, 50035, 'Invalid Form Body: Unknown message');
    const guild = this.#guildOfChannel(channelId) ?? null;
    const message = buildMessage({
      ...content,
      id: this.#snowflakes.next(),
      channelId,
      author: this.botUser,
      type: referenced === undefined ? MessageType.Default : MessageType.Reply,
    });
    if (referenced !== undefined) {
      message.message_reference = {
        message_id: referenced.id,
        channel_id: referenced.channel_id,
        ...(guild === null ? {} : { guild_id: guild.id }),
      };
      message.referenced_message = referenced;
    }
    this.#storeMessage(message);
    this.#echoMessage(GatewayDispatchEvents.MessageCreate, message);
    return { status: 200, body: message };
  }

  #contentFrom(body: unknown, files: RecordedFile[], existing: APIAttachment[]): MessageContent {
    const data = isRecord(body) ? body : {};
    const content: MessageContent = {};
    if (typeof data['content'] === 'string') content.content = data['content'];
    else if (data['content'] === null) content.content = '';
    if (Array.isArray(data['embeds'])) content.embeds = data['embeds'] as APIEmbed[];
    else if (data['embeds'] === null) content.embeds = [];
    if (Array.isArray(data['components']))
      content.components = data['components'] as APIMessageTopLevelComponent[];
    else if (data['components'] === null) content.components = [];
    if (typeof data['flags'] === 'number') content.flags = data['flags'];
    // A new file's alt text comes in `attachments`, under the file's index in the upload.
    const descriptions = new Map(
      (Array.isArray(data['attachments']) ? data['attachments'] : []).flatMap((entry: unknown) =>
        isRecord(entry) && typeof entry['description'] === 'string'
          ? [[String(entry['id']), entry['description']] as const]
          : [],
      ),
    );
    const uploaded = files.map((file, index) => {
      const attachment = this.registerAttachment(
        file.filename,
        file.data,
        file.contentType ?? 'application/octet-stream',
      );
      const description = descriptions.get(String(index));
      if (description !== undefined) attachment.description = description;
      return attachment;
    });
    if (Array.isArray(data['attachments'])) {
      const keep = new Set(
        data['attachments'].flatMap((entry: unknown) =>
          isRecord(entry) && (typeof entry['id'] === 'string' || typeof entry['id'] === 'number')
            ? [String(entry['id'])]
            : [],
        ),
      );
      content.attachments = [...existing.filter((attachment) => keep.has(attachment.id)), ...uploaded];
    } else if (uploaded.length > 0) {
      content.attachments = [...existing, ...uploaded];
    }
    return content;
  }

  #editMessage(message: APIMessage, call: Pick<RecordedCall, 'body' | 'files'>): APIMessage {
    const content = this.#contentFrom(call.body, call.files, message.attachments);
    const loading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
    const edited: APIMessage = {
      ...message,
      ...(content.content === undefined ? {} : { content: content.content }),
      ...(content.embeds === undefined ? {} : { embeds: content.embeds }),
      ...(content.components === undefined ? {} : { components: content.components }),
      ...(content.attachments === undefined ? {} : { attachments: content.attachments }),
      flags: withoutFlag(message.flags, MessageFlags.Loading),
      edited_timestamp: loading ? null : new Date().toISOString(),
    };
    this.messages.set(edited.id, edited);
    this.#echoMessage(GatewayDispatchEvents.MessageUpdate, edited);
    return edited;
  }

  #deleteMessage(message: APIMessage): void {
    this.messages.delete(message.id);
    this.#echoDelete(message);
  }
}
