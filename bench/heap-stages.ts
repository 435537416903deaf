/**
 * `npm run bench:heap [-- --only TEXT] [--bytes N]`: what one article's build holds on the heap, stage by stage,
 * for each worst-case shape of bench:kb (with `--only TEXT`, those whose name holds TEXT), and what the collector
 * spent while it was built.
 *
 * Each figure is the heap in use after a full collection, less the heap before the article: the paragraphs'
 * analyses alone (wink-nlp's document already dropped: the tokens, sentences and entities kept), then the
 * working state the annotator leaves (the cleaned article, its analyses, sentences, mentions and attributed
 * quotations, all read by the records made after), then the built knowledge alone. The build itself is run
 * apart and timed, with the young-generation (scavenge) and full (mark-compact) collections it caused.
 * A state that lives from the first pass to the last survives every young collection while it is made and is
 * copied twice: the bytes per token say how much of it there is to copy.
 */
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../src/knowledge/build.ts';
import { paragraphAnalyses } from '../src/knowledge/paragraph-analyses.ts';
import { MAX_SOURCE_BYTES } from '../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../src/paths.ts';
import { PATHOLOGICAL_SHAPES, pathologicalSource } from './pathological-shapes.ts';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('bench:heap: run with node --expose-gc (npm run bench:heap does)');
const gc = collect;

/** The heap in use after full collections. */
function heldBytes(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const mib = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

/** Collections during `work`: count and milliseconds, young and full. */
async function collections(work: () => void): Promise<{ young: number[]; full: number[]; cpuMs: number }> {
  const young: number[] = [];
  const full: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { detail?: { kind?: number } }>) {
      const kind = entry.detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) young.push(entry.duration);
      else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) full.push(entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  // The entries are delivered after the synchronous work, on the event loop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { young, full, cpuMs: (used.user + used.system) / 1000 };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, bytes: { type: 'string' } } });
  const bytes = values.bytes === undefined ? MAX_SOURCE_BYTES : Number.parseInt(values.bytes, 10);
  const tools = createPipelineTools(await loadKnowledgeData(KNOWLEDGE_DIR));
  for (const [name, unit] of PATHOLOGICAL_SHAPES) {
    if (values.only !== undefined && !name.includes(values.only)) continue;
    const source = pathologicalSource(unit, Number.isFinite(bytes) ? bytes : MAX_SOURCE_BYTES);
    const before = heldBytes();
    let cleaned = tools.cleaner.clean(source.body, source.meta, source.bodyLine);
    let analyses = paragraphAnalyses(tools.nlp, cleaned.paragraphs, cleaned.analysed);
    const tokens = analyses.reduce((n, a) => n + a.tokens.length, 0);
    const analysed = heldBytes() - before;
    analyses = [];
    cleaned = tools.cleaner.clean(source.body, source.meta, source.bodyLine);
    let annotated = tools.annotator.annotate(source.meta, cleaned);
    const working = heldBytes() - before;
    const sentences = annotated.sentences.length;
    const quotes = annotated.quotes.length;
    annotated = { sentences: [], quotes: [], people: [], notPeople: new Map() };
    cleaned = { paragraphs: [], socialPosts: [], dropped: [] };
    let kb = buildKnowledge([source], tools);
    const knowledge = heldBytes() - before;
    kb = buildKnowledge([], tools);
    heldBytes();
    const { young, full, cpuMs } = await collections(() => {
      kb = buildKnowledge([source], tools);
    });
    const perToken = (b: number) => (tokens > 0 ? `${Math.round(b / tokens)} B/token` : '–');
    console.log(
      `${name}: ${tokens} tokens, ${sentences} sentences, ${quotes} quotes, ${kb.counts.quotes} in the knowledge\n` +
        `  held: analyses ${mib(analysed)} (${perToken(analysed)}); after annotating ${mib(working)} ` +
        `(${perToken(working)}); the knowledge ${mib(knowledge)}\n` +
        `  build: CPU ${(cpuMs / 1000).toFixed(2)} s; ${young.length} scavenges ${sum(young).toFixed(0)} ms, ` +
        `${full.length} mark-compacts ${sum(full).toFixed(0)} ms`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`bench:heap: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
