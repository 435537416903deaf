/**
 * `npm run bench`: the answer engine against a peer measured in the same run — MiniSearch doing plain
 * sentence search over the same sentences. Prints per-question latency p50/p99 on the shipped knowledge
 * and on a synthetic 10,000-article knowledge file, accuracy of both on the question set, cold start
 * (process start to first answer) and RSS.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Keyv from 'keyv';
import MiniSearch from 'minisearch';
import { createRuntime } from '../src/answer/create.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import type { Answer } from '../src/answer/types.ts';
import { checkAnswer, evaluate, type EvalItem } from '../src/eval/evaluate.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';
import { KB_PATH, KNOWLEDGE_DIR, REPO_ROOT } from '../src/paths.ts';
import { syntheticKnowledge } from './synthetic-kb.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '10000' }, passes: { type: 'string', default: '20' } },
});
const ARTICLES = Number(values.articles);
const PASSES = Number(values.passes);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
function stats(samples: number[]): { p50: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99) };
}
const ms = (x: number) => `${x.toFixed(3)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function miniSearchOver(kb: KnowledgeBase): MiniSearch<{ id: number; text: string }> {
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
  ms.addAll(kb.sentences.map((s, id) => ({ id, text: s.text })));
  return ms;
}

/** The peer's "answer": the top sentence, as a search box would show it. */
function miniSearchAnswer(
  kb: KnowledgeBase,
  search: MiniSearch<{ id: number; text: string }>,
  q: string,
): Answer {
  const hit = search.search(q, { fuzzy: 0.2, prefix: true })[0];
  const s = hit ? kb.sentences[hit.id as number] : undefined;
  const source = s ? kb.sources.find((x) => x.id === s.sourceId) : undefined;
  return {
    intent: 'what',
    answeredAs: 'what',
    answered: s !== undefined,
    confidence: hit ? 1 : 0,
    direct: null,
    text: s?.text ?? '',
    evidence: [],
    citations: source
      ? [
          {
            sourceId: source.id,
            title: source.title,
            outlet: source.outlet,
            published: source.published,
            url: source.url,
          },
        ]
      : [],
    quoteIds: [],
    sentenceIds: [],
    suggestions: [],
  };
}

async function latencies(
  engine: AnswerEngine,
  questions: readonly string[],
  passes: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let p = 0; p < passes; p++) {
    for (const [i, q] of questions.entries()) {
      const t = performance.now();
      await engine.ask(q, { userId: `bench-${i}` });
      out.push(performance.now() - t);
    }
  }
  return out;
}

function peerLatencies(
  search: MiniSearch<{ id: number; text: string }>,
  questions: readonly string[],
  passes: number,
): number[] {
  const out: number[] = [];
  for (let p = 0; p < passes; p++) {
    for (const q of questions) {
      const t = performance.now();
      search.search(q, { fuzzy: 0.2, prefix: true });
      out.push(performance.now() - t);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const { items } = JSON.parse(readFileSync(join(REPO_ROOT, 'tests', 'eval', 'questions.json'), 'utf8')) as {
    items: EvalItem[];
  };
  const questions = items.map((i) => i.q);

  const cold = spawnSync(
    process.execPath,
    ['--v8-pool-size=0', '--import', 'tsx', join(REPO_ROOT, 'bench', 'cold-start.ts')],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const coldMs = Number(/cold-start-ms=(\d+(\.\d+)?)/.exec(cold.stdout)?.[1] ?? NaN);

  const runtime = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store: new Keyv() });
  const kb = runtime.kb;
  const peer = miniSearchOver(kb);
  await latencies(runtime.engine, questions, 2);
  const engineShipped = stats(await latencies(runtime.engine, questions, PASSES));
  peerLatencies(peer, questions, 2);
  const peerShipped = stats(peerLatencies(peer, questions, PASSES));

  const fresh = new AnswerEngine({
    kb,
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
  const engineAccuracy = (await evaluate(fresh, items, 'bench')).accuracy;
  const peerAccuracy =
    items.filter((i) => checkAnswer(i, miniSearchAnswer(kb, peer, i.q)).length === 0).length / items.length;

  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const big = syntheticKnowledge(kb, ARTICLES);
  const bigEngine = new AnswerEngine({
    kb: big,
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
  const bigPasses = Math.max(2, Math.round(PASSES / 5));
  await latencies(bigEngine, questions, 1);
  const engineBig = stats(await latencies(bigEngine, questions, bigPasses));
  global.gc?.();
  const rss = process.memoryUsage().rss;
  const bigPeer = miniSearchOver(big);
  const peerBig = stats(peerLatencies(bigPeer, questions, 1));
  global.gc?.();
  const rssWithPeer = process.memoryUsage().rss;

  const line = (name: string, engine: string, peerValue: string, target = '') =>
    console.log(`${name.padEnd(34)} ${engine.padEnd(16)} ${peerValue.padEnd(16)} ${target}`);
  console.log(
    `questions: ${questions.length} × ${PASSES} passes (shipped), × ${bigPasses} (synthetic ${big.sources.length} articles, ${big.sentences.length} sentences; MiniSearch once there, it takes about a second a query)`,
  );
  console.log(
    `node ${process.version} ${process.execArgv.filter((a) => a.startsWith('--v8-pool-size') || a === '--expose-gc').join(' ')} on ${availableParallelism()} cores; both run in this one process`,
  );
  line('', 'border-brief', 'minisearch', 'target');
  line('latency p50, shipped', ms(engineShipped.p50), ms(peerShipped.p50));
  line(
    'latency p99, shipped',
    ms(engineShipped.p99),
    ms(peerShipped.p99),
    `≤ 2 ms ${engineShipped.p99 <= 2 ? 'PASS' : 'FAIL'}`,
  );
  line(`latency p50, ${ARTICLES} articles`, ms(engineBig.p50), ms(peerBig.p50));
  line(
    `latency p99, ${ARTICLES} articles`,
    ms(engineBig.p99),
    ms(peerBig.p99),
    `≤ 25 ms ${engineBig.p99 <= 25 ? 'PASS' : 'FAIL'}`,
  );
  line(
    'accuracy on the question set',
    `${(engineAccuracy * 100).toFixed(1)}%`,
    `${(peerAccuracy * 100).toFixed(1)}%`,
    `≥ 95% ${engineAccuracy >= 0.95 ? 'PASS' : 'FAIL'}`,
  );
  line(
    'cold start (process → first answer)',
    Number.isNaN(coldMs) ? 'n/a' : ms(coldMs),
    '',
    `≤ 1500 ms ${coldMs <= 1500 ? 'PASS' : 'FAIL'}`,
  );
  line(`RSS with ${ARTICLES} articles loaded`, mb(rss), '', `≤ 1 GB ${rss <= 1024 ** 3 ? 'PASS' : 'FAIL'}`);
  console.log(
    `(RSS before the synthetic knowledge: ${mb(rssBefore)}; after adding MiniSearch over it: ${mb(rssWithPeer)}; p99 ratio engine/minisearch shipped ${(engineShipped.p99 / peerShipped.p99).toFixed(1)}×, at ${ARTICLES} articles ${(engineBig.p99 / peerBig.p99).toFixed(1)}×)`,
  );
  if (cold.status !== 0) console.log(`cold start run failed: ${cold.stderr.slice(0, 400)}`);
}

await main();
