/**
 * `npm run bench:charts`: what an answer picture costs. Times the first picture (worker thread start, Vega
 * and the font loaded), then each new picture drawn in the worker (a new knowledge version each time, so
 * the cache misses) for the whole shipped timeline and for a comparison, and a cached picture; beside the
 * same drawing done in this thread, the peer the worker replaces. While the worker draws, it samples this
 * thread's event-loop delay: what an answer waiting behind a picture would feel.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import type { AnswerChart } from '../src/answer/types.ts';
import { ChartRenderer, inProcessDraw } from '../src/charts/chart-renderer.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';

const { values } = parseArgs({
  options: { passes: { type: 'string', default: '20' }, hits: { type: 'string', default: '2000' } },
});
const PASSES = Number(values.passes);
const HITS = Number(values.hits);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
function summary(samples: readonly number[], digits = 1): string {
  const s = [...samples].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(digits)} ms  p99 ${percentile(s, 99).toFixed(digits)} ms  (n=${s.length})`;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const runtime = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store: new Keyv() });
const timeline = runtime.engine.timeline(null, null).chart;
const comparison = (await runtime.engine.ask('troops in 2018 vs 2019, how many?', { userId: 'bench' })).chart;
if (!timeline || !comparison) throw new Error('bench:charts: the shipped knowledge gives no chart');
const charts: Array<[string, AnswerChart]> = [
  ['timeline (14 events)', timeline],
  ['comparison (2 figures)', comparison],
];

const worker = new ChartRenderer();
const [first, coldMs] = await timed(() => worker.render(timeline, 'cold'));
console.log(
  `first picture, worker thread starting: ${coldMs.toFixed(0)} ms (${(first.png.length / 1024).toFixed(0)} kB)`,
);

const delay = monitorEventLoopDelay({ resolution: 1 });
for (const [name, chart] of charts) {
  const drawMs: number[] = [];
  let bytes = 0;
  delay.enable();
  for (let i = 0; i < PASSES; i++) {
    const [image, ms] = await timed(() => worker.render(chart, `worker-${i}`));
    drawMs.push(ms);
    bytes = image.png.length;
  }
  delay.disable();
  console.log(`${name}, new picture in the worker: ${summary(drawMs)}; ${(bytes / 1024).toFixed(0)} kB`);
}
console.log(
  `  this thread's event-loop delay meanwhile: p50 ${(delay.percentile(50) / 1e6).toFixed(1)} ms  max ${(delay.max / 1e6).toFixed(1)} ms`,
);

const hitMs: number[] = [];
for (let i = 0; i < HITS; i++) hitMs.push((await timed(() => worker.render(timeline, 'worker-0')))[1]);
console.log(`cached picture: ${summary(hitMs, 3)}`);
await worker.close();

const local = new ChartRenderer(inProcessDraw());
await local.render(timeline, 'warm');
for (const [name, chart] of charts) {
  const drawMs: number[] = [];
  for (let i = 0; i < PASSES; i++) drawMs.push((await timed(() => local.render(chart, `local-${i}`)))[1]);
  console.log(`peer: ${name} drawn in this thread (blocks it for the Vega part): ${summary(drawMs)}`);
}
