/**
 * `npm run bench:kb [-- --articles N --seed S --phases | --pathological [--only TEXT] [--bytes N] [--questions]]`:
 * how fast the knowledge pipeline builds a large corpus (or, with `--pathological`, each worst-case article shape
 * at 1 MB, or at N bytes to see how its time grows; with `--questions`, also how long each kind of question takes
 * over that shape's knowledge).
 *
 * Generates a synthetic corpus from the three real sources (new ids and publication dates, report paragraphs
 * shuffled, figures and place/agency names swapped from entities.json, so no two articles are identical),
 * then rebuilds it with `rebuildFromDir` on one thread (with `--phases`, the same steps one by one, each
 * timed, and the build's CPU time by stage: bench/cpu-ledger.ts) and compares the time with a peer measured in
 * the same run, once before it and once after: wink-nlp's `readDoc` over the same bodies, already in memory,
 * and nothing else. Exits 1 when a target is missed.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import {
  buildKnowledge,
  createPipelineTools,
  loadKnowledgeData,
  type KnowledgeData,
} from '../src/knowledge/build.ts';
import { MAX_SOURCE_BYTES, readSourceDir, type RawSource } from '../src/knowledge/sources.ts';
import { rebuildFromDir } from '../src/knowledge/rebuild.ts';
import type { KnowledgeBase, KnowledgeCounts } from '../src/knowledge/schema.ts';
import { validateKnowledge, writeKnowledgeFile } from '../src/knowledge/store.ts';
import { KNOWLEDGE_DIR, SOURCES_DIR } from '../src/paths.ts';
import { pathologicalAnswerer } from './pathological-answers.ts';
import { PATHOLOGICAL_SHAPES, pathologicalSource } from './pathological-shapes.ts';
import { seededRandom } from './random.ts';
import { ledgerOf } from './cpu-ledger.ts';

const DEFAULT_ARTICLES = 10_000;
/** Milliseconds of CPU (user and system, every thread of the process) in a `process.cpuUsage` difference. */
const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;
const TARGET_PATHOLOGICAL_MS = 5_000;
/** With `--questions`: each answer over a worst-case article's knowledge within this (the bot has deferred by then). */
const TARGET_PATHOLOGICAL_ANSWER_MS = 2_000;
const MAX_ARTICLES = 100_000;
/** The pipeline's time at most this many times wink-nlp's own reading of the same bodies, in the same run. */
const TARGET_PEER_RATIO = 2;
const TARGET_PEAK_RSS_BYTES = 1.5 * 1024 ** 3;
const RSS_SAMPLE_MS = 50;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;

interface Template {
  name: string;
  meta: RawSource['meta'];
  lines: string[];
  /** Indices into `lines` of report paragraphs that can change places. */
  movable: number[];
}

/** The real sources, with the lines the cleaner keeps as report paragraphs marked as movable. */
async function loadTemplates(data: KnowledgeData): Promise<Template[]> {
  const tools = createPipelineTools(data);
  const sources = await readSourceDir(SOURCES_DIR);
  return sources.map((raw) => {
    const lines = raw.body.split(/\r?\n/);
    const cleaned = tools.cleaner.clean(raw.body, raw.meta, 0);
    const movable = cleaned.paragraphs.filter((p) => p.kind === 'report').map((p) => p.line);
    return { name: raw.meta.id, meta: raw.meta, lines, movable };
  });
}

/** Groups of interchangeable names: places and news agencies, with the aliases as written in the sources. */
function swapGroups(data: KnowledgeData): string[][] {
  const byId = new Map(data.entities.entities.map((e) => [e.id, e]));
  const names = (ids: string[]) => ids.flatMap((id) => byId.get(id)?.name ?? []);
  return [
    names(['tijuana', 'guatemala', 'honduras', 'nevada']),
    names(['afp', 'reuters']),
    names(['rio-grande', 'central-america']),
  ].filter((g) => g.length > 1);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formatCount(n: number, withCommas: boolean): string {
  return withCommas ? n.toLocaleString('en-US') : String(n);
}

/** One synthetic article: valid front matter, the template's body with paragraphs and figures varied. */
function synthesise(template: Template, index: number, random: () => number, groups: string[][]): string {
  const lines = [...template.lines];
  const slots = [...template.movable];
  const order = [...slots];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  slots.forEach((slot, k) => {
    lines[slot] = template.lines[order[k] as number] ?? '';
  });
  const swaps = groups.map((group) => {
    const shuffled = [...group].sort(() => random() - 0.5);
    return new Map(group.map((name, k) => [name, shuffled[k] ?? name]));
  });
  const namePattern = new RegExp(`\\b(${groups.flat().map(escapeRegExp).join('|')})\\b`, 'g');
  let body = lines.join('\n');
  body = body.replace(namePattern, (name) => {
    for (const swap of swaps) if (swap.has(name)) return swap.get(name) ?? name;
    return name;
  });
  body = body.replace(/(?<![\w/.])(\d{1,3}(?:,\d{3})+|\d{3})(?![\w/])/g, (figure) => {
    const value = Number(figure.replace(/,/g, ''));
    const varied = Math.max(100, Math.round(value * (0.5 + random())));
    return formatCount(varied, figure.includes(','));
  });
  const published = new Date(FIRST_DAY + Math.floor(random() * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const m = template.meta;
  const front = [
    '---',
    `id: synth-${String(index).padStart(5, '0')}-${m.id}`,
    `title: ${JSON.stringify(m.title)}`,
    `outlet: ${m.outlet}`,
    `published: ${published}`,
    `url: ${m.url === null ? '' : `${m.url}?synth=${index}`}`,
    `language: ${m.language}`,
    ...(m.syndicatedBy === null ? [] : [`syndicated_by: ${m.syndicatedBy}`]),
    '---',
  ];
  return `${front.join('\n')}\n${body}`;
}

/**
 * Samples the process's resident set from a second thread, so a synchronous build cannot hide its peak.
 * The thread only reads a counter every {@link RSS_SAMPLE_MS} ms; the build itself stays on one thread.
 */
class RssSampler {
  readonly #worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = process.memoryUsage().rss;
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, ${RSS_SAMPLE_MS});
     parentPort.on('message', () => parentPort.postMessage(Math.max(peak, process.memoryUsage().rss)));`,
    { eval: true },
  );

  /** The highest resident set seen so far, in bytes. */
  peak(): Promise<number> {
    return new Promise((resolve) => {
      this.#worker.once('message', resolve);
      this.#worker.postMessage('peak');
    });
  }

  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}

/** The peer's work: wink-nlp reads every body, timed in wall and CPU milliseconds. */
function readAll(
  wink: ReturnType<typeof winkNLP>,
  bodies: readonly string[],
): { ms: number; cpuMs: number; tokens: number } {
  let tokens = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const body of bodies) tokens += wink.readDoc(body).tokens().length();
  return { ms: performance.now() - start, cpuMs: cpuMs(process.cpuUsage(cpuStart)), tokens };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

function mib(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: String(DEFAULT_ARTICLES) },
      seed: { type: 'string', default: '1' },
      phases: { type: 'boolean', default: false },
      pathological: { type: 'boolean', default: false },
      only: { type: 'string' },
      bytes: { type: 'string' },
      questions: { type: 'boolean', default: false },
    },
  });
  if (values.questions && !values.pathological)
    throw new Error('--questions asks questions over the worst-case shapes: give it with --pathological');
  if (values.pathological) {
    const bytes = values.bytes === undefined ? MAX_SOURCE_BYTES : Number.parseInt(values.bytes, 10);
    await pathological(
      values.only,
      Number.isFinite(bytes) ? Math.max(1024, Math.min(MAX_SOURCE_BYTES, bytes)) : MAX_SOURCE_BYTES,
      values.questions,
    );
    return;
  }
  const requested = Number.parseInt(values.articles, 10);
  const articles = Number.isFinite(requested)
    ? Math.max(1, Math.min(MAX_ARTICLES, requested))
    : DEFAULT_ARTICLES;
  const random = seededRandom(Number.parseInt(values.seed, 10) || 1);
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const templates = await loadTemplates(data);
  const groups = swapGroups(data);
  const sampler = new RssSampler();
  const dir = await mkdtemp(join(tmpdir(), 'border-brief-bench-kb-'));
  try {
    const corpusDir = join(dir, 'sources');
    const outPath = join(dir, 'kb.json');
    await mkdir(corpusDir);
    let corpusBytes = 0;
    const generating = performance.now();
    for (let i = 0; i < articles; i++) {
      const template = templates[i % templates.length] as Template;
      const text = synthesise(template, i + 1, random, groups);
      corpusBytes += Buffer.byteLength(text);
      await writeFile(join(corpusDir, `synth-${String(i + 1).padStart(5, '0')}-${template.name}.md`), text);
    }
    console.log(
      `bench:kb: generated ${articles} articles (${mib(corpusBytes)}) in ${seconds(performance.now() - generating)} s`,
    );

    // The peer: wink-nlp's own reading of the same bodies, with no cleaning, annotation or output. It runs
    // once before the pipeline and once after, and the pipeline is compared with the mean of the two: on a
    // shared machine the load drifts over the minutes a run takes, and one peer run on one side of the
    // pipeline would carry that drift into the ratio.
    const bodies = (await readSourceDir(corpusDir, dir)).map((s) => s.body);
    const wink = winkNLP(model);
    const before = readAll(wink, bodies);
    bodies.length = 0;
    const tools = createPipelineTools(data);
    const phases: Array<[string, number]> = [];
    // With --phases, each stage's CPU time in the build too; the look-ups of the CPU clock cost a little of it.
    let stages: Array<[string, number]> = [];
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    let counts: KnowledgeCounts;
    if (values.phases) {
      // The steps of rebuildFromDir one by one, so each can be timed.
      let mark = started;
      const lap = (name: string) => {
        const now = performance.now();
        phases.push([`${name} (RSS after: ${mib(process.memoryUsage().rss)})`, now - mark]);
        mark = now;
      };
      const sources = await readSourceDir(corpusDir, dir);
      lap('read and check sources');
      const ledger = ledgerOf(tools);
      const built: KnowledgeBase = buildKnowledge(sources, tools);
      stages = ledger.totals();
      lap('build (clean, annotate, facts)');
      counts = validateKnowledge(built).counts;
      lap('validate');
      await writeKnowledgeFile(outPath, built);
      lap('stream to disk atomically');
    } else {
      counts = (await rebuildFromDir(corpusDir, tools, outPath, dir)).kb.counts;
    }
    const totalMs = performance.now() - started;
    const totalCpuMs = cpuMs(process.cpuUsage(cpuStart));
    const size = (await stat(outPath)).size;
    const sampledPeak = await sampler.peak();
    const maxRss = process.resourceUsage().maxRSS * 1024;
    // Read again only now, so the bodies held for the peer take no part in the pipeline's peak.
    const after = readAll(
      wink,
      (await readSourceDir(corpusDir, dir)).map((s) => s.body),
    );
    const peerMs = (before.ms + after.ms) / 2;
    const peerCpuMs = (before.cpuMs + after.cpuMs) / 2;
    const tokens = before.tokens;
    const peak = Math.max(sampledPeak, maxRss);
    const rate = articles / (totalMs / 1000);
    const peerRate = articles / (peerMs / 1000);

    console.log(`bench:kb: ${articles} articles, ${counts.sentences} sentences, ${counts.quotes} quotes`);
    for (const [name, ms] of phases) console.log(`  ${name.padEnd(56)} ${seconds(ms).padStart(8)} s`);
    console.log(`  ${'total'.padEnd(56)} ${seconds(totalMs).padStart(8)} s`);
    if (stages.length > 0) {
      console.log(
        'bench:kb: build CPU time by stage, each without the stages it calls (GC counted where it struck):',
      );
      for (const [stage, ms] of stages) console.log(`  ${stage.padEnd(56)} ${seconds(ms).padStart(8)} s CPU`);
    }
    console.log(`bench:kb: ${rate.toFixed(0)} articles/s`);
    console.log(
      `bench:kb: peak RSS ${mib(peak)} (sampled every ${RSS_SAMPLE_MS} ms: ${mib(sampledPeak)}; maxRSS: ${mib(maxRss)})`,
    );
    console.log(`bench:kb: kb.json ${mib(size)} (${size} bytes)`);
    console.log(
      `bench:kb: peer, wink-nlp readDoc only (bodies in memory): ${seconds(before.ms)} s before the pipeline, ` +
        `${seconds(after.ms)} s after, mean ${seconds(peerMs)} s, ${peerRate.toFixed(0)} articles/s, ${tokens} tokens; ` +
        `pipeline/peer time ratio ${(totalMs / peerMs).toFixed(2)}x`,
    );
    // CPU time is what each step itself spent: on a shared machine, wall time also counts the moments other
    // processes held the core, at different moments for the peer and the pipeline.
    console.log(
      `bench:kb: CPU time, pipeline ${seconds(totalCpuMs)} s, peer ${seconds(before.cpuMs)} / ${seconds(after.cpuMs)} s: ` +
        `pipeline/peer CPU ratio ${(totalCpuMs / peerCpuMs).toFixed(2)}x`,
    );
    const ratio = totalMs / peerMs;
    const speedOk = ratio <= TARGET_PEER_RATIO;
    const memoryOk = peak <= TARGET_PEAK_RSS_BYTES;
    console.log(
      `bench:kb: target pipeline/peer time ratio <= ${TARGET_PEER_RATIO}x: ${speedOk ? 'PASS' : 'FAIL'} (${ratio.toFixed(2)}x)`,
    );
    console.log(
      `bench:kb: target peak RSS <= ${mib(TARGET_PEAK_RSS_BYTES)}: ${memoryOk ? 'PASS' : 'FAIL'} (${mib(peak)})`,
    );
    process.exitCode = speedOk && memoryOk ? 0 : 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
    await sampler.stop();
  }
}

/**
 * `--pathological`: each worst-case shape at 1 MB, built alone and timed against the 5 s target
 * (with `--only TEXT`, only the shapes whose name holds TEXT; with `--bytes N`, at N bytes instead). The CPU time
 * is printed beside the wall time: on a shared machine the wall time also counts the moments others held the core.
 * With `questions`, each question of `pathological-answers.ts` is then asked over the shape's knowledge alone and
 * the slowest is printed against its own target.
 */
async function pathological(
  only: string | undefined,
  sourceBytes: number,
  questions: boolean,
): Promise<void> {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const answer = questions ? await pathologicalAnswerer() : null;
  const tools = createPipelineTools(data);
  let ok = true;
  console.log(`bench:kb --pathological: each shape repeated to ${sourceBytes} bytes less its front matter`);
  for (const [name, unit] of PATHOLOGICAL_SHAPES) {
    if (only !== undefined && !name.includes(only)) continue;
    const source = pathologicalSource(unit, sourceBytes);
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const kb = buildKnowledge([source], tools);
    const ms = performance.now() - started;
    const cpu = cpuMs(process.cpuUsage(cpuStart));
    ok &&= ms <= TARGET_PATHOLOGICAL_MS;
    console.log(
      `  ${name.padEnd(44)} ${seconds(ms).padStart(7)} s (CPU ${seconds(cpu)} s)  ${String(kb.counts.sentences).padStart(7)} sentences ${String(kb.counts.quotes).padStart(7)} quotes  ${ms <= TARGET_PATHOLOGICAL_MS ? 'PASS' : 'FAIL'}`,
    );
    if (answer === null) continue;
    const timings = await answer(kb);
    const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
    const total = timings.reduce((sum, t) => sum + t.ms, 0);
    const totalCpu = timings.reduce((sum, t) => sum + t.cpuMs, 0);
    ok &&= slowest.ms <= TARGET_PATHOLOGICAL_ANSWER_MS;
    console.log(
      `    ${timings.length} questions ${seconds(total)} s (CPU ${seconds(totalCpu)} s); slowest ${seconds(slowest.ms)} s (CPU ${seconds(slowest.cpuMs)} s, ${JSON.stringify(slowest.question)})  ${slowest.ms <= TARGET_PATHOLOGICAL_ANSWER_MS ? 'PASS' : 'FAIL'}`,
    );
  }
  console.log(
    `bench:kb --pathological: target each build < ${TARGET_PATHOLOGICAL_MS / 1000} s${answer ? `, each answer < ${TARGET_PATHOLOGICAL_ANSWER_MS / 1000} s` : ''}: ${ok ? 'PASS' : 'FAIL'}`,
  );
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`bench:kb: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
