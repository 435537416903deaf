/**
 * `npm run chart:sample`: draws the pictures the README shows from the shipped knowledge — the whole
 * timeline (`docs/timeline.png`) and a comparison of troop numbers (`docs/comparison.png`) — in this
 * process, and prints their sizes. Run it again after the knowledge or the chart code changes.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Keyv from 'keyv';
import { createRuntime } from '../answer/create.ts';
import type { AnswerChart } from '../answer/types.ts';
import { ChartDrawer } from '../charts/draw.ts';
import { KB_PATH, KNOWLEDGE_DIR, REPO_ROOT } from '../paths.ts';

export const SAMPLE_DIR = join(REPO_ROOT, 'docs');
export const SAMPLE_COMPARISON = 'troops in 2018 vs 2019, how many?';

const runtime = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store: new Keyv() });
const comparison = (await runtime.engine.ask(SAMPLE_COMPARISON, { userId: 'sample' })).chart;
const samples: Array<[string, AnswerChart | undefined]> = [
  ['timeline.png', runtime.engine.timeline(null, null).chart],
  ['comparison.png', comparison],
];
const drawer = new ChartDrawer();
for (const [name, chart] of samples) {
  if (!chart) throw new Error(`chart:sample: the knowledge gives no chart for ${name}`);
  const image = await drawer.draw(chart);
  await writeFile(join(SAMPLE_DIR, name), image.png);
  console.log(`docs/${name}: ${image.width}×${image.height} px, ${(image.png.length / 1024).toFixed(0)} kB`);
}
