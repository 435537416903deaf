import type { APIAttachment } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChartRenderer } from '../../src/charts/chart-renderer.ts';
import { MAX_CHART_BYTES } from '../../src/charts/chart-image.ts';
import { CHART_WIDTH } from '../../src/charts/style.ts';
import { decodePng } from '../charts/png.ts';
import { startHarness, str, textOf, type Harness } from './harness.ts';

/** The first picture of the worker thread loads Vega and the font: allow for a slow, shared machine. */
const FIRST_PICTURE_MS = 30_000;

/** The bytes of an attachment, downloaded from the emulator (loopback) as a Discord client would. */
async function download(attachment: APIAttachment | undefined): Promise<Buffer> {
  if (!attachment) throw new Error('no attachment');
  return Buffer.from(await (await fetch(attachment.url)).arrayBuffer());
}

describe('answer pictures through the Discord emulator', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ warmCharts: true });
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('draws the whole timeline’s picture at start, so /timeline with no range finds it ready', async () => {
    const { charts, engine } = h.bot.context;
    const chart = engine.timeline(null, null).chart;
    if (!chart) throw new Error('no timeline chart');
    await charts.render(chart, engine.knowledge.version);
    expect(charts.drawn).toBe(1);
    const reply = await h.slash('timeline');
    expect(reply.embeds[0]?.image?.url).toBe('attachment://timeline.png');
    expect(charts.drawn).toBe(1);
  });

  it('attaches a timeline picture to /timeline, shown in the embed beside the text list', async () => {
    const id = h.emu.sendChatInput({ name: 'timeline', options: [str('from', '2018'), str('to', '2019')] });
    const reply = await h.replyTo(id, FIRST_PICTURE_MS);
    expect(reply.embeds[0]?.image?.url).toBe('attachment://timeline.png');
    expect(textOf(reply)).toContain('25 October 2018');
    const attachment = h.emu.originalMessage(id)?.attachments[0];
    expect(attachment?.filename).toBe('timeline.png');
    expect(attachment?.description).toMatch(/^Timeline picture: \d+ dated events from 2018 to 2019/);
    const png = await download(attachment);
    expect(png.length).toBeLessThan(MAX_CHART_BYTES);
    expect(decodePng(png).width).toBe(CHART_WIDTH);
    expect(h.logs.filter((line) => line['level'] === 'error' || line['level'] === 'warn')).toEqual([]);
  });

  it('attaches a side-by-side picture to a comparison asked with /ask', async () => {
    const id = h.emu.sendChatInput({
      name: 'ask',
      options: [str('question', 'troops in 2018 vs 2019, how many?')],
    });
    const reply = await h.replyTo(id, FIRST_PICTURE_MS);
    expect(reply.embeds[0]?.title).toContain('15,000 troops');
    expect(reply.embeds[0]?.image?.url).toBe('attachment://comparison.png');
    const attachment = h.emu.originalMessage(id)?.attachments[0];
    expect(attachment?.filename).toBe('comparison.png');
    expect(attachment?.description).toContain('2018, between 800 and 1,000 active-duty troops (DW)');
    expect(decodePng(await download(attachment)).width).toBe(CHART_WIDTH);
  });

  it('attaches the timeline picture to a timeline asked in a direct message', async () => {
    const reply = await h.message('timeline since 2019');
    expect(reply.embeds[0]?.image?.url).toBe('attachment://timeline.png');
    const message = h.emu.messages.get(reply.replyId);
    expect(message?.attachments.map((a) => a.filename)).toEqual(['timeline.png']);
    expect(decodePng(await download(message?.attachments[0])).width).toBe(CHART_WIDTH);
  });

  it('attaches the timeline picture to a timeline asked by mentioning the bot in a channel', async () => {
    const reply = await h.message('timeline of 2018', { dm: false });
    expect(reply.embeds[0]?.image?.url).toBe('attachment://timeline.png');
    expect(h.emu.messages.get(reply.replyId)?.attachments.map((a) => a.filename)).toEqual(['timeline.png']);
  });

  it('keeps Vega-Lite out of the bot’s thread (it patches Set.prototype, which discord.js relies on)', () => {
    expect(Object.hasOwn(Set.prototype, 'toJSON')).toBe(false);
  });

  it('sends a plain answer with no picture', async () => {
    const reply = await h.slash('ask', [str('question', 'How many troops did Mexico deploy?')]);
    expect(reply.embeds[0]?.image).toBeUndefined();
    expect(h.emu.originalMessage(reply.id)?.attachments).toEqual([]);
  });
});

describe('an answer whose picture cannot be drawn', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({
      charts: new ChartRenderer(() => Promise.reject(new Error('the drawing thread is gone'))),
    });
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('goes out as text, without a picture, and the failure is logged as a warning', async () => {
    const reply = await h.slash('timeline', [str('from', '2025')]);
    expect(textOf(reply)).toContain('3 May 2025');
    expect(reply.embeds[0]?.image).toBeUndefined();
    expect(h.emu.originalMessage(reply.id)?.attachments).toEqual([]);
    expect(h.logs).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'answer picture failed; answering without it' }),
    );
  });
});
