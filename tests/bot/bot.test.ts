import {
  ApplicationCommandOptionType,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  TOKEN,
  customIds,
  messageBodies,
  record,
  startHarness,
  str,
  textOf,
  toReply,
  type Harness,
  type Reply,
} from './harness.ts';

const EPHEMERAL = MessageFlags.Ephemeral;

/** The quotations shown in a reply (`> “…” — **Speaker**` lines). */
function quotesIn(reply: Reply): string[] {
  return (reply.embeds[0]?.description ?? '').split('\n').filter((line) => line.startsWith('> “'));
}

describe('border-brief through the Discord emulator', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.stop();
  });

  afterEach(() => {
    const errors = h.logs.filter((line) => line['level'] === 'error');
    h.logs.length = 0;
    expect(errors).toEqual([]);
  });

  it('logs in through DISCORD_API_URL with Guilds, DirectMessages and GuildMessages and no privileged intent', () => {
    expect(h.bot.client.isReady()).toBe(true);
    expect(h.emu.calls.some((c) => c.method === 'GET' && c.path === '/api/v10/gateway/bot')).toBe(true);
    const intents = Number(record(h.emu.identifies[0])['intents']);
    expect(intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages | GatewayIntentBits.GuildMessages,
    );
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(intents & GatewayIntentBits.GuildMembers).toBe(0);
    expect(intents & GatewayIntentBits.GuildPresences).toBe(0);
    expect([...h.bot.commands.keys()].sort()).toEqual(['ask', 'help', 'kb', 'quote', 'sources', 'timeline']);
  });

  it('answers /ask with an embed: the direct answer, the evidence, the citation and four buttons', async () => {
    const reply = await h.slash('ask', [str('question', 'How many troops did Mexico deploy?')]);
    expect(reply.flags & EPHEMERAL).toBe(0);
    const embed = reply.embeds[0];
    expect(embed?.title).toContain('15,000');
    expect(embed?.description).toContain('Mexico has deployed some 15,000 troops');
    const source = embed?.fields?.find((f) => f.name.startsWith('Source'));
    expect(source?.value).toMatch(/The Independent, 25 June? 2019/);
    expect(source?.value).toContain('https://www.independent.co.uk/');
    expect(customIds(reply)).toEqual([
      `bb:src:${reply.id}`,
      `bb:more:${reply.id}:${h.emu.defaultUser.id}`,
      `bb:up:${reply.id}`,
      `bb:down:${reply.id}`,
    ]);
    expect(record(reply.body['allowed_mentions'])['parse']).toEqual([]);
  });

  it('autocompletes /ask with at most 25 answerable questions of at most 100 characters, within 3 s', async () => {
    for (const typed of ['', 'troops', 'what did', 'x'.repeat(100)]) {
      const started = Date.now();
      const id = h.emu.sendAutocomplete({
        name: 'ask',
        options: [
          { name: 'question', type: ApplicationCommandOptionType.String, value: typed, focused: true },
        ],
      });
      const call = await h.emu.waitForCallback(id);
      expect(Date.now() - started).toBeLessThan(500);
      const body = record(call.body);
      expect(body['type']).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      const choices = record(body['data'])['choices'] as Array<{ name: string; value: string }>;
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeGreaterThan(0);
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
      if (typed === 'troops') expect(choices.some((c) => /troops/i.test(c.name))).toBe(true);
    }
  });

  it('autocompletes /quote speakers by name and by alias', async () => {
    const choicesFor = async (typed: string) => {
      const id = h.emu.sendAutocomplete({
        name: 'quote',
        options: [
          { name: 'speaker', type: ApplicationCommandOptionType.String, value: typed, focused: true },
        ],
      });
      return record(record((await h.emu.waitForCallback(id)).body)['data'])['choices'] as Array<{
        name: string;
        value: string;
      }>;
    };
    expect((await choicesFor('shein')).map((c) => c.name).join()).toContain('Claudia Sheinbaum');
    expect((await choicesFor('AMLO')).map((c) => c.name).join()).toContain('Andrés Manuel López Obrador');
  });

  it('lists the answer’s sources privately when Sources is pressed', async () => {
    const answer = await h.slash('ask', [str('question', 'How many troops did Mexico deploy?')]);
    const messageId = h.emu.originalMessage(answer.id)?.id ?? '';
    const reply = await h.click(`bb:src:${answer.id}`, messageId);
    expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf(reply)).toContain('The Independent');
    expect(textOf(reply)).toContain('https://www.independent.co.uk/');
    expect(textOf(reply)).toContain('1 passage of this answer');
  });

  it('shows evidence not yet shown when More is pressed, only for the user who asked', async () => {
    const answer = await h.slash('ask', [str('question', 'What did Sheinbaum say?')]);
    const messageId = h.emu.originalMessage(answer.id)?.id ?? '';
    const first = quotesIn(answer);
    expect(first.length).toBeGreaterThan(0);

    const other = await h.click(`bb:more:${answer.id}:${h.emu.defaultUser.id}`, messageId, {
      username: 'bystander',
    });
    expect(other.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(other.content).toContain('Ask your own question');

    const more = await h.click(`bb:more:${answer.id}:${h.emu.defaultUser.id}`, messageId);
    expect(more.flags & EPHEMERAL).toBe(0);
    const next = quotesIn(more);
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((q) => first.includes(q))).toEqual([]);

    const stale = await h.click(`bb:more:${answer.id}:${h.emu.defaultUser.id}`, messageId);
    expect(stale.content).toContain('More follows your latest question');
  });

  it('records 👍 and 👎 per answer and user in keyv, and in the totals', async () => {
    const { state } = h.bot.context;
    const before = (await state.feedbackTotals()) ?? { up: 0, down: 0 };
    const answer = await h.slash('ask', [str('question', 'Who is Claudia Sheinbaum?')]);
    const messageId = h.emu.originalMessage(answer.id)?.id ?? '';

    const up = await h.click(`bb:up:${answer.id}`, messageId);
    expect(up.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(up.content).toContain('recorded');
    expect(await state.feedbackTotals()).toEqual({ up: before.up + 1, down: before.down });
    expect(await h.store.get(`feedback:${answer.id}`)).toEqual({ [h.emu.defaultUser.id]: 'up' });

    expect((await h.click(`bb:up:${answer.id}`, messageId)).content).toContain('already');
    const down = await h.click(`bb:down:${answer.id}`, messageId);
    expect(down.content).toContain('now 👎');
    expect(await state.feedbackTotals()).toEqual({ up: before.up, down: before.down + 1 });

    await h.click(`bb:up:${answer.id}`, messageId, { username: 'second-reader' });
    expect(await state.feedbackTotals()).toEqual({ up: before.up + 1, down: before.down + 1 });
  });

  it('answers /quote for a speaker given by alias, with an optional topic', async () => {
    const reply = await h.slash('quote', [str('speaker', 'AMLO')]);
    expect(textOf(reply)).toContain('Andrés Manuel López Obrador');
    expect(textOf(reply)).toContain('not our job');
    const topical = await h.slash('quote', [str('speaker', 'Sheinbaum'), str('topic', 'sovereignty')]);
    expect(textOf(topical)).toContain('Sovereignty');
  });

  it('answers /timeline with dated events in order and their sources, and explains a bad date', async () => {
    const reply = await h.slash('timeline', [str('from', '2025')]);
    const text = textOf(reply);
    expect(text).toContain('2025');
    expect(text).not.toContain('2019');
    expect(text).toContain('National Herald');
    const bad = await h.slash('timeline', [str('from', 'last week')]);
    expect(textOf(bad)).toContain('is not a date: dates look like 2018, 2019-06 or 2025-05-03');
  });

  it('answers /sources with every article, its outlet, date, link and counts', async () => {
    const reply = await h.slash('sources');
    const text = textOf(reply);
    for (const outlet of ['DW', 'The Independent', 'National Herald']) expect(text).toContain(outlet);
    expect(text).toMatch(/\d+ sentences, \d+ quotes/);
    expect(customIds(reply)).toEqual([]);
  });

  it('answers /help privately with examples and the other ways to ask', async () => {
    const reply = await h.slash('help');
    expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf(reply)).toContain('For example');
    expect(textOf(reply)).toContain('DM me');
  });

  it('answers a DM as a question and remembers the conversation for a follow-up', async () => {
    const author = { id: '300000000000000001', username: 'dm-reader' };
    const first = await h.message('What did Sheinbaum say?', { author });
    const second = await h.message('what else did she say?', { author });
    const a = quotesIn(first);
    const b = quotesIn(second);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(b.filter((q) => a.includes(q))).toEqual([]);
    expect(textOf(second)).toContain('Sheinbaum');
    expect(customIds(second)).toContain(`bb:more:${second.id}:${author.id}`);
  });

  it('answers a server message that mentions the bot, and ignores the ones that do not', async () => {
    const reply = await h.message('How many troops did Mexico deploy?', { dm: false });
    expect(reply.embeds[0]?.title).toContain('15,000');

    const before = h.emu.calls.length;
    h.emu.sendMessage({ content: 'How many troops did Mexico deploy?' });
    h.emu.sendMessage({
      dm: true,
      content: 'How many troops?',
      author: { username: 'other-bot', bot: true },
    });
    const probe = await h.slash('help');
    expect(probe.flags & EPHEMERAL).toBe(EPHEMERAL);
    const channelPosts = h.emu.calls
      .slice(before)
      .filter((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path));
    expect(channelPosts).toEqual([]);
  });

  it('pings nobody for @everyone or a user mention in a question', async () => {
    const before = h.emu.calls.length;
    const question = '@everyone how many troops did Mexico deploy <@123456789012345678> @here?';
    await h.slash('ask', [str('question', question)]);
    await h.message(question);
    await h.message(question, { dm: false });
    const bodies = messageBodies(h.emu.calls.slice(before));
    expect(bodies.length).toBe(3);
    for (const { body } of bodies) {
      expect(record(body['allowed_mentions'])['parse']).toEqual([]);
      expect(JSON.stringify(body)).not.toMatch(/(?<!\u200b)@(everyone|here)|<@!?123456789012345678>/);
    }
  });

  it('still answers the user, privately, when something fails, and logs it without the token', async () => {
    h.emu.failNext((c) => c.path.endsWith('/callback') && record(c.body)['type'] === 4, {
      status: 400,
      body: { message: 'Injected failure', code: 50035 },
    });
    const id = h.emu.sendChatInput({
      name: 'ask',
      options: [str('question', 'How many troops did Mexico deploy?')],
    });
    await h.emu.waitForCall((c) => h.emu.callbacksFor(id).length === 2 && c === h.emu.callbacksFor(id)[1]);
    const [failed, retried] = h.emu.callbacksFor(id);
    expect(failed?.status).toBe(400);
    expect(retried?.status).toBe(204);
    const reply = toReply(record(record(retried?.body)['data']));
    expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.content).toContain('Something went wrong');
    const errors = h.logs.filter((l) => l['level'] === 'error');
    expect(errors.map((l) => l['msg'])).toEqual(['interaction failed']);
    expect(errors[0]).toMatchObject({ command: 'ask', userId: h.emu.defaultUser.id });
    const logged = JSON.stringify(h.logs);
    expect(logged).not.toContain(TOKEN);
    expect(logged).not.toContain(h.emu.interaction(id)?.token ?? 'no token');
    h.logs.length = 0;
  });

  it('resumes after the gateway drops the connection and answers the next interaction', async () => {
    const identifies = h.emu.identifyCount;
    await h.emu.dropConnection();
    const missed = h.emu.sendChatInput({
      name: 'ask',
      options: [str('question', 'How many troops did Mexico deploy?')],
    });
    await h.emu.waitForResumed(1);
    expect(h.emu.identifyCount).toBe(identifies);
    expect((await h.replyTo(missed)).embeds[0]?.title).toContain('15,000');
    const next = await h.slash('ask', [str('question', 'What did AMLO say?')]);
    expect(textOf(next)).toContain('López Obrador');
  });

  it('set allowed_mentions.parse to [] on every message it sent', () => {
    const bodies = messageBodies(h.emu.calls);
    expect(bodies.length).toBeGreaterThan(20);
    for (const { call, body } of bodies) {
      expect({ path: call.path, parse: record(body['allowed_mentions'])['parse'] }).toEqual({
        path: call.path,
        parse: [],
      });
    }
  });
});
