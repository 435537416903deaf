import { once } from 'node:events';
import { constants as zlibConstants, createInflate } from 'node:zlib';
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GatewayOpcodes,
  InteractionResponseType,
  MessageFlags,
  Partials,
  type Interaction,
  type Message,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { emulatorClientOptions } from './emulator/client-options.ts';
import { DiscordEmulator, type RecordedCall } from './emulator/discord-emulator.ts';

const TOKEN = 'emulator-token';

type Handler<T> = (value: T) => Promise<void>;

function bodyOf(call: RecordedCall): Record<string, unknown> {
  expect(call.body).toBeTypeOf('object');
  return call.body as Record<string, unknown>;
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('DiscordEmulator with a bare discord.js client', () => {
  let emu: DiscordEmulator;
  let client: Client;
  let onInteraction: Handler<Interaction> | null = null;
  let onMessage: Handler<Message> | null = null;
  const handlerErrors: unknown[] = [];
  let failHandler: (error: unknown) => void = () => undefined;
  let handlerFailure: Promise<never> = new Promise<never>(() => undefined);

  function handled<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([promise, handlerFailure]);
  }

  function recordHandlerError(error: unknown): void {
    handlerErrors.push(error);
    failHandler(error);
  }

  beforeAll(async () => {
    emu = await DiscordEmulator.start({
      botUser: { username: 'border-brief' },
      guilds: [
        { name: 'Test Guild', channels: [{ name: 'general' }, { name: 'news' }], roles: [{ name: 'mod' }] },
      ],
    });
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      ...emulatorClientOptions(emu.apiUrl),
    });
    client.on(Events.InteractionCreate, (interaction) => {
      onInteraction?.(interaction).catch(recordHandlerError);
    });
    client.on(Events.MessageCreate, (message) => {
      if (message.author.bot) return;
      onMessage?.(message).catch(recordHandlerError);
    });
    const ready = once(client, Events.ClientReady);
    await client.login(TOKEN);
    await ready;
  });

  beforeEach(() => {
    handlerFailure = new Promise<never>((_, reject) => {
      failHandler = reject;
    });
    handlerFailure.catch(() => undefined);
  });

  afterEach(() => {
    onInteraction = null;
    onMessage = null;
    const errors = handlerErrors.splice(0);
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await client?.destroy();
    await emu?.stop();
  });

  it('logs in through GET /gateway/bot and receives the guild', () => {
    expect(emu.calls.some((call) => call.method === 'GET' && call.path === '/api/v10/gateway/bot')).toBe(
      true,
    );
    expect(emu.identifyCount).toBe(1);
    expect(emu.gatewayConnections[0]?.query).toMatchObject({ v: '10', encoding: 'json' });
    expect(emu.identifies[0]).toMatchObject({
      token: TOKEN,
      intents: GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages,
      shard: [0, 1],
    });
    expect(client.user?.id).toBe(emu.botUser.id);
    expect(client.application?.id).toBe(emu.applicationId);
    const guild = client.guilds.cache.get(emu.defaultGuildId);
    expect(guild?.available).toBe(true);
    expect(guild?.name).toBe('Test Guild');
    expect(guild?.channels.cache.get(emu.defaultChannelId)?.name).toBe('general');
    expect(guild?.roles.everyone.id).toBe(emu.defaultGuildId);
    expect(guild?.members.me?.id).toBe(emu.botUser.id);
  });

  it('registers commands and serves application, user and member lookups', async () => {
    const guild = client.guilds.cache.get(emu.defaultGuildId);
    const commands = await client.application?.commands.set(
      [
        {
          name: 'ask',
          description: 'Ask a question',
          options: [{ name: 'question', description: 'Question', type: ApplicationCommandOptionType.String }],
        },
      ],
      emu.defaultGuildId,
    );
    const registered = emu.guildCommands(emu.defaultGuildId);
    expect(registered.map((command) => command.name)).toEqual(['ask']);
    expect(commands?.first()?.id).toBe(registered[0]?.id);
    expect(emu.calls.at(-1)).toMatchObject({
      method: 'PUT',
      path: `/api/v10/applications/${emu.applicationId}/guilds/${emu.defaultGuildId}/commands`,
      status: 200,
    });

    const commandId = deferred<string>();
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      commandId.resolve(interaction.commandId);
      await interaction.reply('ok');
    };
    const id = emu.sendChatInput({ name: 'ask' });
    expect(await handled(commandId.promise)).toBe(registered[0]?.id);
    await emu.waitForCallback(id);

    const application = await client.application?.fetch();
    expect(application?.id).toBe(emu.applicationId);
    const member = await guild?.members.fetch({ user: emu.defaultUser.id, force: true });
    expect(member?.user.username).toBe('tester');
    const user = await client.users.fetch(emu.defaultUser.id, { force: true });
    expect(user.globalName).toBe('Tester');
  });

  it('records a chat input reply as callback type 4', async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand() || interaction.commandName !== 'ask') return;
      await interaction.reply({
        content: `Q: ${interaction.options.getString('question', true)}`,
        allowedMentions: { parse: [] },
      });
    };
    const id = emu.sendChatInput({
      name: 'ask',
      options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: 'troops?' }],
    });
    const call = await emu.waitForCallback(id);
    expect(call.status).toBe(204);
    expect(call.query).toEqual({ with_response: 'false' });
    expect(bodyOf(call)).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'Q: troops?', allowed_mentions: { parse: [] } },
    });
    expect(emu.originalMessage(id)?.content).toBe('Q: troops?');
  });

  it('routes deferReply + editReply to @original', async () => {
    const edited = deferred<Message>();
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      edited.resolve(await interaction.editReply({ content: 'done', allowedMentions: { parse: [] } }));
    };
    const id = emu.sendChatInput({ name: 'ask', member: { permissions: '0' } });
    const token = emu.interaction(id)?.token ?? '';
    const patch = await emu.waitForCall(
      (call) =>
        call.method === 'PATCH' &&
        call.path === `/api/v10/webhooks/${emu.applicationId}/${token}/messages/@original`,
    );
    expect(bodyOf(await emu.waitForCallback(id))).toMatchObject({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    expect(bodyOf(patch)).toMatchObject({ content: 'done' });
    const message = await handled(edited.promise);
    expect(message.content).toBe('done');
    expect(message.flags.has(MessageFlags.Ephemeral)).toBe(true);
    expect(message.flags.has(MessageFlags.Loading)).toBe(false);
  });

  it('records autocomplete choices as callback type 8', async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const focused = interaction.options.getFocused();
      await interaction.respond([{ name: `${focused}der`, value: `${focused}der` }]);
    };
    const id = emu.sendAutocomplete({
      name: 'ask',
      options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: 'bor', focused: true }],
    });
    const call = await emu.waitForCallback(id);
    expect(bodyOf(call)).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: 'border', value: 'border' }] },
    });
  });

  it('handles with_response replies and button update/reply', async () => {
    const replied = deferred<string | undefined>();
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
          new ButtonBuilder().setCustomId('why').setLabel('Why').setStyle(ButtonStyle.Secondary),
        );
        const response = await interaction.reply({
          content: 'answer',
          components: [row],
          withResponse: true,
        });
        replied.resolve(response.resource?.message?.id);
      } else if (interaction.isButton() && interaction.customId === 'more') {
        await interaction.update({ content: 'more answer', components: [] });
      } else if (interaction.isButton() && interaction.customId === 'why') {
        await interaction.reply({
          content: `because, ${interaction.user.username}`,
          flags: MessageFlags.Ephemeral,
        });
      }
    };
    const commandId = emu.sendChatInput({ name: 'ask' });
    const reply = await emu.waitForCallback(commandId);
    expect(reply.query).toEqual({ with_response: 'true' });
    expect(reply.status).toBe(200);
    const messageId = await handled(replied.promise);
    expect(messageId).toBe(emu.originalMessage(commandId)?.id);

    const whyId = emu.sendButton({
      customId: 'why',
      messageId: messageId ?? '',
      user: { username: 'alice' },
    });
    expect(bodyOf(await emu.waitForCallback(whyId))).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'because, alice', flags: MessageFlags.Ephemeral },
    });

    const moreId = emu.sendButton({ customId: 'more', messageId: messageId ?? '' });
    expect(bodyOf(await emu.waitForCallback(moreId))).toMatchObject({
      type: InteractionResponseType.UpdateMessage,
      data: { content: 'more answer', components: [] },
    });
    expect(emu.messages.get(messageId ?? '')?.content).toBe('more answer');
  });

  it('resolves attachment options, serves their bytes and accepts multipart replies', async () => {
    const attachment = emu.registerAttachment('question.txt', 'what changed?', 'text/plain');
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const file = interaction.options.getAttachment('file', true);
      const text = await (await fetch(file.url)).text();
      await interaction.reply({
        content: `${file.name}: ${text}`,
        files: [{ attachment: Buffer.from('sources'), name: 'sources.txt' }],
      });
      await interaction.followUp({ content: 'follow-up', flags: MessageFlags.Ephemeral });
    };
    const id = emu.sendChatInput({
      name: 'ask',
      options: [{ name: 'file', type: ApplicationCommandOptionType.Attachment, value: attachment.id }],
    });
    const call = await emu.waitForCallback(id);
    expect(bodyOf(call)).toMatchObject({ type: 4, data: { content: 'question.txt: what changed?' } });
    expect(call.files.map((file) => [file.filename, file.data.toString()])).toEqual([
      ['sources.txt', 'sources'],
    ]);
    const uploaded = emu.originalMessage(id)?.attachments[0];
    expect(uploaded?.filename).toBe('sources.txt');
    expect(await (await fetch(uploaded?.url ?? '')).text()).toBe('sources');

    const token = emu.interaction(id)?.token ?? '';
    const followUp = await emu.waitForCall(
      (c) => c.method === 'POST' && c.path === `/api/v10/webhooks/${emu.applicationId}/${token}`,
    );
    expect(followUp.query).toMatchObject({ wait: 'true' });
    expect(bodyOf(followUp)).toMatchObject({ content: 'follow-up', flags: MessageFlags.Ephemeral });
  });

  it('receives a DM and replies via message.reply and a created DM channel', async () => {
    const other = emu.addUser({ username: 'bob' });
    onMessage = async (message) => {
      await message.reply({ content: 'hi back', allowedMentions: { repliedUser: false } });
      const dm = await client.users.createDM(other.id);
      await dm.send('hello bob');
    };
    const messageId = emu.sendMessage({ dm: true, content: 'hello bot' });
    const dmChannelId = emu.dmChannelFor(emu.defaultUser).id;
    const reply = await emu.waitForCall(
      (call) => call.method === 'POST' && call.path === `/api/v10/channels/${dmChannelId}/messages`,
    );
    expect(bodyOf(reply)).toMatchObject({ content: 'hi back', message_reference: { message_id: messageId } });

    const created = await emu.waitForCall((call) => call.path === '/api/v10/users/@me/channels');
    expect(bodyOf(created)).toEqual({ recipient_id: other.id });
    const bobChannelId = emu.dmChannelFor(other).id;
    const sent = await emu.waitForCall((call) => call.path === `/api/v10/channels/${bobChannelId}/messages`);
    expect(bodyOf(sent)).toMatchObject({ content: 'hello bob' });
  });

  it('answers a second acknowledgement with 40060 and unknown routes with 404', async () => {
    const second = deferred<unknown>();
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply('first');
      await client.rest
        .post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
          body: { type: 4, data: { content: 'second' } },
          auth: false,
        })
        .then(second.resolve, second.resolve);
    };
    emu.sendChatInput({ name: 'ask' });
    const error = await handled(second.promise);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(40060);

    await expect(client.rest.get('/nowhere/at-all')).rejects.toMatchObject({ status: 404 });
    expect(emu.calls.at(-1)).toMatchObject({ method: 'GET', path: '/api/v10/nowhere/at-all', status: 404 });
  });

  it('resumes after a dropped connection and replays missed events', async () => {
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('still here');
    };
    const identifies = emu.identifyCount;
    await emu.dropConnection();
    const missedId = emu.sendChatInput({ name: 'ask' });
    await emu.waitForResumed(1);
    expect(emu.resumeCount).toBe(1);
    expect(emu.identifyCount).toBe(identifies);
    expect(bodyOf(await emu.waitForCallback(missedId))).toMatchObject({ data: { content: 'still here' } });

    const nextId = emu.sendChatInput({ name: 'ask' });
    expect(bodyOf(await emu.waitForCallback(nextId))).toMatchObject({ data: { content: 'still here' } });
  });

  it('re-identifies without throttling after a non-resumable invalid session', async () => {
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('fresh session');
    };
    const readies = emu.readyCount;
    const started = Date.now();
    emu.invalidateSession(false);
    await emu.waitForReady(readies + 1);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(emu.identifyCount).toBe(2);
    const id = emu.sendChatInput({ name: 'ask' });
    expect(bodyOf(await emu.waitForCallback(id))).toMatchObject({ data: { content: 'fresh session' } });
  });
});

describe('DiscordEmulator gateway compression', () => {
  let emu: DiscordEmulator;

  beforeAll(async () => {
    emu = await DiscordEmulator.start();
  });

  afterAll(async () => {
    await emu?.stop();
  });

  it('speaks zlib-stream when the client asks for it', async () => {
    const socket = new WebSocket(`${emu.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const frames: Buffer[] = [];
    const waiting: Array<(frame: Buffer) => void> = [];
    const binary: boolean[] = [];
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      binary.push(isBinary);
      const waiter = waiting.shift();
      if (waiter === undefined) frames.push(data);
      else waiter(data);
    });
    const inflate = createInflate();
    const inflated: Buffer[] = [];
    inflate.on('data', (chunk: Buffer) => inflated.push(chunk));
    const nextPayload = async (): Promise<{ op: number; t: string | null }> => {
      const frame = await new Promise<Buffer>((resolve) => {
        const queued = frames.shift();
        if (queued === undefined) waiting.push(resolve);
        else resolve(queued);
      });
      await new Promise<void>((resolve) => {
        inflate.write(frame);
        inflate.flush(zlibConstants.Z_SYNC_FLUSH, () => setImmediate(resolve));
      });
      return JSON.parse(Buffer.concat(inflated.splice(0)).toString('utf8')) as {
        op: number;
        t: string | null;
      };
    };

    expect((await nextPayload()).op).toBe(GatewayOpcodes.Hello);
    socket.send(
      JSON.stringify({ op: GatewayOpcodes.Identify, d: { token: TOKEN, intents: 1, properties: {} } }),
    );
    expect(await nextPayload()).toMatchObject({ op: GatewayOpcodes.Dispatch, t: 'READY' });
    expect(await nextPayload()).toMatchObject({ op: GatewayOpcodes.Dispatch, t: 'GUILD_CREATE' });
    expect(binary).toEqual([true, true, true]);
    socket.close(1000);
    await once(socket, 'close');
  });
});

describe('DiscordEmulator sharding', () => {
  /** Guild ids whose timestamps put them on shard 0 and on shard 1 of 2 (`(id >> 22) % 2`). */
  const ON_SHARD_0 = (1_000_000_000_000n << 22n).toString();
  const ON_SHARD_1 = (1_000_000_000_001n << 22n).toString();
  let emu: DiscordEmulator;
  const clients: Client[] = [];

  beforeAll(async () => {
    emu = await DiscordEmulator.start({ shards: 2, guilds: [{ id: ON_SHARD_0 }, { id: ON_SHARD_1 }] });
  });

  afterAll(async () => {
    for (const client of clients) await client.destroy();
    await emu?.stop();
  });

  /** A client running `shard` of 2, answering each command with the shard that got it. */
  async function shardClient(shard: number): Promise<Client> {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      shards: [shard],
      shardCount: 2,
      ...emulatorClientOptions(emu.apiUrl),
    });
    clients.push(client);
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) void interaction.reply(`shard ${shard}`);
    });
    const ready = once(client, Events.ClientReady);
    await client.login(TOKEN);
    await ready;
    return client;
  }

  it('recommends its shard count and session limits in GET /gateway/bot', async () => {
    const response = await fetch(`${emu.apiUrl}/v10/gateway/bot`);
    expect(await response.json()).toMatchObject({
      url: emu.gatewayUrl,
      shards: 2,
      session_start_limit: { total: 1000, max_concurrency: 1 },
    });
  });

  it('gives each shard its own guilds and their events, and DMs to shard 0', async () => {
    const [zero, one] = [await shardClient(0), await shardClient(1)];
    expect(emu.sessionShards.map(([id, count]) => `${id}/${count}`)).toEqual(['0/2', '1/2']);
    expect([...zero.guilds.cache.keys()]).toEqual([ON_SHARD_0]);
    expect([...one.guilds.cache.keys()]).toEqual([ON_SHARD_1]);

    const inZero = emu.sendChatInput({ name: 'ask', guildId: ON_SHARD_0 });
    const inOne = emu.sendChatInput({ name: 'ask', guildId: ON_SHARD_1 });
    const inDM = emu.sendChatInput({ name: 'ask', dm: true });
    for (const [id, shard] of [
      [inZero, 0],
      [inOne, 1],
      [inDM, 0],
    ] as const) {
      expect(bodyOf(await emu.waitForCallback(id))).toMatchObject({ data: { content: `shard ${shard}` } });
      expect(emu.deliveredTo(id)).toEqual([shard]);
    }
  });

  it('closes a connection that identifies as a shard outside its count with 4010 Invalid shard', async () => {
    const socket = new WebSocket(`${emu.gatewayUrl}?v=10&encoding=json`);
    await once(socket, 'message');
    socket.send(
      JSON.stringify({
        op: GatewayOpcodes.Identify,
        d: { token: TOKEN, intents: 1, properties: {}, shard: [2, 2] },
      }),
    );
    const [code] = (await once(socket, 'close')) as [number];
    expect(code).toBe(4010);
  });
});
