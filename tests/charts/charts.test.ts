import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/answer/create.ts';
import { ChartRenderer, inProcessDraw } from '../../src/charts/chart-renderer.ts';
import { askedRange, describeChart } from '../../src/charts/describe.ts';
import { MAX_CHART_BYTES } from '../../src/charts/chart-image.ts';
import { ChartDrawer } from '../../src/charts/draw.ts';
import { FONT_FAMILY } from '../../src/charts/fonts.ts';
import { CHART_WIDTH } from '../../src/charts/style.ts';
import type { AnswerChart } from '../../src/answer/types.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../../src/paths.ts';
import { decodePng } from './png.ts';

let runtime: Runtime;
let drawer: ChartDrawer;

beforeAll(async () => {
  runtime = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store: new Keyv() });
  drawer = new ChartDrawer();
});

function timelineOf(from: string | null, to: string | null): AnswerChart {
  const chart = runtime.engine.timeline(from, to).chart;
  if (!chart) throw new Error('the timeline answer has no chart');
  return chart;
}

describe('timeline answers', () => {
  it('carry every dated event in the asked range, labelled with the first words of its sentence', () => {
    const chart = timelineOf('2018', '2019');
    expect(chart).toMatchObject({ kind: 'timeline', from: '2018', to: '2019' });
    if (chart.kind !== 'timeline') return;
    const sentences = new Map(runtime.kb.sentences.map((s) => [s.id, s.text]));
    const events = runtime.kb.timeline.filter((e) => e.date >= '2018' && e.date.slice(0, 4) <= '2019');
    expect(chart.events.length).toBeGreaterThanOrEqual(2);
    for (const e of chart.events) {
      expect(e.date >= '2018' && e.date.slice(0, 4) <= '2019').toBe(true);
      const prefix = e.label.replace(/…$/, '');
      const matching = events.filter(
        (k) =>
          k.date === e.date &&
          k.sourceId === e.sourceId &&
          (sentences.get(k.sentenceId) ?? '').startsWith(prefix),
      );
      expect(matching.length).toBeGreaterThan(0);
    }
    expect(new Set(chart.events.map((e) => e.outlet))).toEqual(new Set(['DW', 'The Independent']));
  });

  it('carry no picture when the coverage has no dated events in the range', () => {
    expect(runtime.engine.timeline('2030', null).chart).toBeUndefined();
  });
});

describe('comparison answers', () => {
  it('carry each year’s figure, as the knowledge gives it, with its source', async () => {
    const answer = await runtime.engine.ask('troops in 2018 vs 2019, how many?', { userId: 'figures' });
    expect(answer.chart).toEqual({
      kind: 'figures',
      figures: [
        expect.objectContaining({ label: '2018', value: 800, high: 1000, outlet: 'DW' }),
        expect.objectContaining({ label: '2019', value: 15000, high: null, outlet: 'The Independent' }),
      ],
    });
    const numbers = runtime.kb.numbers.map((n) => n.value);
    for (const f of answer.chart?.kind === 'figures' ? answer.chart.figures : [])
      expect(numbers).toContain(f.value);
  });

  it('carry each person’s words, word for word, when two people are compared', async () => {
    const answer = await runtime.engine.ask('compare what Sheinbaum and Trump said', { userId: 'stances' });
    expect(answer.chart?.kind).toBe('stances');
    const quotes = new Set(runtime.kb.quotes.map((q) => q.text));
    const sentences = new Set(runtime.kb.sentences.map((s) => s.text));
    for (const s of answer.chart?.kind === 'stances' ? answer.chart.stances : [])
      expect(quotes.has(s.text) || sentences.has(s.text)).toBe(true);
  });

  it('carry no picture for a plain question', async () => {
    const answer = await runtime.engine.ask('How many troops did Mexico deploy?', { userId: 'plain' });
    expect(answer.answered).toBe(true);
    expect(answer.chart).toBeUndefined();
  });
});

describe('ChartDrawer', () => {
  it('draws the shipped timeline as a PNG that decodes, 800 px wide and under 1 MB', async () => {
    const image = await drawer.draw(timelineOf(null, null));
    expect(image.name).toBe('timeline.png');
    expect(image.png.length).toBeLessThan(MAX_CHART_BYTES);
    const decoded = decodePng(image.png);
    expect(decoded).toMatchObject({ width: CHART_WIDTH, height: image.height });
    expect(decoded.height).toBeGreaterThan(200);
  });

  it('labels each event with its words, date and outlet, in the bundled font only', async () => {
    const svg = await drawer.svg(timelineOf('2025', null));
    for (const words of ['Timeline of the coverage', 'National Herald', '3 May 2025', 'shaded: 2025 on'])
      expect(svg).toContain(words);
    const families = new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]));
    expect(families).toEqual(new Set([FONT_FAMILY]));
    expect(svg).not.toMatch(/href="(?!#)/);
  });

  it('draws a comparison of figures as bars labelled with the figure as written', async () => {
    const answer = await runtime.engine.ask('troops in 2018 vs 2019, how many?', { userId: 'bars' });
    if (!answer.chart) throw new Error('no chart');
    const svg = await drawer.svg(answer.chart);
    for (const words of [
      '15,000 troops',
      'between 800 and 1,000 active-duty troops',
      'The Independent, 25 June 2019',
    ])
      expect(svg).toContain(words);
    const image = await drawer.draw(answer.chart);
    expect(image.name).toBe('comparison.png');
    expect(decodePng(image.png).width).toBe(CHART_WIDTH);
  });
});

describe('ChartRenderer', () => {
  it('draws the same chart once per knowledge version and returns the cached picture after', async () => {
    const renderer = new ChartRenderer(inProcessDraw());
    const chart = timelineOf('2018', '2019');
    const [first, concurrent] = await Promise.all([
      renderer.render(chart, 'v1'),
      renderer.render(chart, 'v1'),
    ]);
    expect(concurrent).toBe(first);
    expect(await renderer.render(structuredClone(chart), 'v1')).toBe(first);
    expect(renderer.drawn).toBe(1);
    await renderer.render(chart, 'v2');
    await renderer.render(timelineOf('2025', null), 'v2');
    expect(renderer.drawn).toBe(3);
  });

  it('forgets a failed drawing, so the next request tries again', async () => {
    let calls = 0;
    const renderer = new ChartRenderer(async () => {
      calls++;
      if (calls === 1) throw new Error('boom');
      return { png: new Uint8Array([1]), width: 1, height: 1, name: 'timeline.png' };
    });
    const chart = timelineOf('2018', '2019');
    await expect(renderer.render(chart, 'v1')).rejects.toThrow('boom');
    await expect(renderer.render(chart, 'v1')).resolves.toMatchObject({ width: 1 });
  });

  it('draws in a worker thread and gives the same picture as drawing here', async () => {
    const renderer = new ChartRenderer();
    try {
      const chart = timelineOf('2018', '2019');
      const image = await renderer.render(chart, 'v1');
      expect(Buffer.from(image.png).equals(Buffer.from((await drawer.draw(chart)).png))).toBe(true);
    } finally {
      await renderer.close();
    }
  });
});

describe('describeChart', () => {
  it('tells a screen reader what the timeline picture shows and that the text lists the same events', () => {
    expect(describeChart(timelineOf('2018', '2019'))).toMatch(
      /^Timeline picture: \d+ dated events from 2018 to 2019 .* \(DW and The Independent\), 2018 to 2019 shaded\. The text lists the same events\.$/,
    );
  });

  it('names the shaded range as it was asked: both ends, one year once, or an open end', () => {
    expect([
      askedRange('2018', '2019'),
      askedRange('2025', '2025'),
      askedRange('2019', null),
      askedRange(null, '2018'),
    ]).toEqual(['2018 to 2019', '2025', '2019 on', 'up to 2018']);
  });
});
