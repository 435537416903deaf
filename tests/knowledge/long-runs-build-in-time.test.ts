import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildKnowledge,
  createPipelineTools,
  loadKnowledgeData,
  type PipelineTools,
} from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

/** CPU milliseconds a build of one article of these shapes may take (each took several times this when it grew quadratically). */
const BUDGET_CPU_MS = 3_000;
const HEAD = `---\nid: long-run\ntitle: t\noutlet: o\npublished: 2025-01-01\nurl:\nlanguage: en\n---\n`;

let tools: PipelineTools;

beforeAll(async () => {
  tools = createPipelineTools(await loadKnowledgeData(KNOWLEDGE_DIR));
}, 60_000);

/** CPU milliseconds building `body` as one article takes, and its quotations. */
function build(body: string): { cpuMs: number; quotes: number } {
  const source = parseSource(new TextEncoder().encode(`${HEAD}${body}\n`), 'long-run.md');
  const start = process.cpuUsage();
  const kb = buildKnowledge([source], tools);
  const used = process.cpuUsage(start);
  return { cpuMs: (used.user + used.system) / 1000, quotes: kb.quotes.length };
}

describe('an article of one long sentence builds in time', () => {
  it('builds a sentence of a sign quoted again and again after ", which reads:"', () => {
    const { cpuMs, quotes } = build('a hand-lettered sign hangs there, which reads: "a", '.repeat(5_000));
    expect(quotes).toBe(5_000);
    expect(cpuMs).toBeLessThan(BUDGET_CPU_MS);
  });

  it('builds a run of thousands of capitalised names before "wrote:"', () => {
    const { cpuMs } = build(
      `In a letter to Mrs. Stiffler ${'Alan Smith Maria Lopez '.repeat(7_000)}wrote: "a"`,
    );
    expect(cpuMs).toBeLessThan(BUDGET_CPU_MS);
  });
});
