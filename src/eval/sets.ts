/**
 * The evaluation sets and the knowledge each runs on. `regression` is the project's first question set;
 * `people` was written from the three shipped articles by people who never saw the engine. Each fixture
 * folder (`FIXTURE_FOLDERS`) holds articles, their quote table and usually a question set: a tuned folder's
 * articles are built beside the shipped ones and its questions split into `dev` (tune on it) and `test` (only
 * reported); a held-out folder's questions are all `test`, written blind and never looked at — the closest
 * measure of an article nobody tuned on.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Keyv from 'keyv';
import { AnswerEngine } from '../answer/engine.ts';
import type { Runtime } from '../answer/create.ts';
import { buildKnowledge, createPipelineTools } from '../knowledge/build.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { readSourceDir } from '../knowledge/sources.ts';
import { REPO_ROOT, SOURCES_DIR } from '../paths.ts';
import { evaluate, summarise, type EvalItem, type EvalSummary } from './evaluate.ts';
import { FIXTURE_FOLDERS } from './fixture-folders.ts';
import type { QuoteRow } from './speaker-match.ts';

export const EVAL_DIR = join(REPO_ROOT, 'tests', 'eval');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');

/** The directory of a fixture folder. */
export const fixtureDir = (folder: string): string => join(FIXTURES_DIR, folder);
export const NEW_ARTICLES_DIR = fixtureDir('articles');
/** Articles and a quote table the pipeline was never tuned on: attribution there is only reported. */
export const HOLDOUT_DIR = fixtureDir('holdout');

export interface EvalSet {
  /** `regression`, `people`, or a fixture folder's set (`new-articles-12`, `unseen-articles-7`). */
  name: string;
  items: EvalItem[];
  /** The knowledge the set is asked against: the shipped one, or the shipped one plus a fixture folder. */
  knowledge: EvalKnowledge;
}

/** The knowledge a set asks against: `shipped`, or the shipped sources plus the fixture folder named. */
export type EvalKnowledge = 'shipped' | string;

async function readItems(path: string): Promise<EvalItem[]> {
  return (JSON.parse(await readFile(path, 'utf8')) as { items: EvalItem[] }).items;
}

const SET_FILES: Record<string, { files: string[]; knowledge: EvalKnowledge }> = {
  regression: { files: [join(EVAL_DIR, 'questions.json')], knowledge: 'shipped' },
  people: {
    files: ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => join(EVAL_DIR, `people-${x}.json`)),
    knowledge: 'shipped',
  },
  ...Object.fromEntries(
    FIXTURE_FOLDERS.filter((f) => f.set !== undefined).map((f) => [
      f.set,
      {
        files: ['questions.json', ...(f.more ?? [])].map((q) => join(fixtureDir(f.folder), q)),
        knowledge: f.folder,
      },
    ]),
  ),
};

export const EVAL_SET_NAMES = Object.keys(SET_FILES);

/** Reads the sets named (all by default) from the repository. */
export async function loadEvalSets(names: readonly string[] = EVAL_SET_NAMES): Promise<EvalSet[]> {
  const unknown = names.filter((n) => !(n in SET_FILES));
  if (unknown.length > 0)
    throw new Error(`eval: no set named ${unknown.join(', ')} (sets: ${EVAL_SET_NAMES.join(', ')})`);
  return Promise.all(
    EVAL_SET_NAMES.filter((n) => names.includes(n)).map(async (name) => {
      const { files, knowledge } = SET_FILES[name]!;
      const items = (await Promise.all(files.map(readItems))).flat();
      return { name, items, knowledge };
    }),
  );
}

export async function loadQuoteTable(dir: string = NEW_ARTICLES_DIR): Promise<QuoteRow[]> {
  return (JSON.parse(await readFile(join(dir, 'quotes.json'), 'utf8')) as { quotes: QuoteRow[] }).quotes;
}

/** The held-out articles of `dir` alone, built by the pipeline `/kb add` uses. */
export async function holdoutKnowledge(runtime: Runtime, dir: string = HOLDOUT_DIR): Promise<KnowledgeBase> {
  return buildKnowledge(
    await readSourceDir(dir, REPO_ROOT),
    createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors, runtime.engineData.wordnet),
  );
}

/** The shipped sources plus the articles of `dir`, built by the same pipeline `/kb add` uses. */
export async function knowledgeWithArticles(runtime: Runtime, dir: string): Promise<KnowledgeBase> {
  const sources = [
    ...(await readSourceDir(SOURCES_DIR, REPO_ROOT)),
    ...(await readSourceDir(dir, REPO_ROOT)),
  ];
  return buildKnowledge(
    sources,
    createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors, runtime.engineData.wordnet),
  );
}

/** The shipped sources plus the new articles. */
export async function knowledgeWithNewArticles(runtime: Runtime): Promise<KnowledgeBase> {
  return knowledgeWithArticles(runtime, NEW_ARTICLES_DIR);
}

/** The knowledge of each kind the sets ask against, each built once. */
export async function knowledgeForSets(
  runtime: Runtime,
  sets: readonly EvalSet[],
): Promise<Map<EvalKnowledge, KnowledgeBase>> {
  const out = new Map<EvalKnowledge, KnowledgeBase>([['shipped', runtime.kb]]);
  for (const kind of new Set(sets.map((s) => s.knowledge))) {
    if (kind !== 'shipped') out.set(kind, await knowledgeWithArticles(runtime, fixtureDir(kind)));
  }
  return out;
}

/**
 * Runs `set` on `kb` (the knowledge the set asks against) with a fresh engine, and summarises each split
 * apart, keyed by split name ('-' for a set without splits), in name order.
 */
export async function evaluateSplits(
  runtime: Runtime,
  set: EvalSet,
  kb: KnowledgeBase,
  runId: string = set.name,
): Promise<Map<string, EvalSummary>> {
  const all = await evaluate(engineFor(runtime, kb), set.items, runId);
  const out = new Map<string, EvalSummary>();
  for (const split of [...new Set(set.items.map((i) => i.split ?? '-'))].sort())
    out.set(split, summarise(all.results.filter((r) => (r.item.split ?? '-') === split)));
  return out;
}

/** A fresh engine on `kb` with the runtime's pipeline and data, and its own memory. */
export function engineFor(runtime: Runtime, kb: KnowledgeBase): AnswerEngine {
  return new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
}
