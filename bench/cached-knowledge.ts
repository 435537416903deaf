/**
 * The knowledge a study script (bench/*-study.ts) asks against, per eval set's knowledge kind, built once and
 * cached as JSON in `cacheDir` so a second run starts at once. Each cached file is named by a hash of the
 * pipeline's code and data and of the fixture folder, so a change to either builds it anew instead of reading
 * stale knowledge.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime, type Runtime } from '../src/answer/create.ts';
import type { EvalItem } from '../src/eval/evaluate.ts';
import {
  EVAL_SET_NAMES,
  fixtureDir,
  knowledgeWithArticles,
  loadEvalSets,
  type EvalSet,
} from '../src/eval/sets.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';
import { KB_PATH, KNOWLEDGE_DIR, REPO_ROOT } from '../src/paths.ts';
import { createStore } from '../src/store.ts';

/** Every file under `dir`, recursively, in a stable order. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A short hash of what a fixture folder's knowledge is built from: the pipeline's code and data, the articles. */
export function buildFingerprint(folder: string): string {
  const hash = createHash('sha1');
  const inputs = [
    ...filesUnder(join(REPO_ROOT, 'src', 'knowledge')),
    ...filesUnder(join(REPO_ROOT, 'src', 'nlp')),
    ...filesUnder(KNOWLEDGE_DIR).filter((f) => f.endsWith('.json') && f !== KB_PATH),
    ...filesUnder(folder),
  ];
  for (const file of inputs) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/** A look-up of the knowledge of an eval set's kind ('shipped', or a fixture folder), cached in `cacheDir`. */
export function cachedKnowledge(
  runtime: Runtime,
  cacheDir: string,
): (kind: string) => Promise<KnowledgeBase> {
  mkdirSync(cacheDir, { recursive: true });
  return async (kind) => {
    if (kind === 'shipped') return runtime.kb;
    const path = `${cacheDir}/${kind}-${buildFingerprint(fixtureDir(kind))}.json`;
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as KnowledgeBase;
    const kb = await knowledgeWithArticles(runtime, fixtureDir(kind));
    writeFileSync(path, JSON.stringify(kb));
    return kb;
  };
}

/**
 * What most study scripts start from: the runtime, the dev questions of the sets asked of articles, their
 * knowledge. With `heldOutTurns` the test items are kept too, for a script that asks a conversation's every
 * turn for its state and shows only the dev ones; with `regression` the regression set (which has no split:
 * all of it counts as dev) is studied too.
 */
export async function devStudy(
  cacheDir: string,
  { heldOutTurns = false, regression = false }: { heldOutTurns?: boolean; regression?: boolean } = {},
): Promise<{
  runtime: Runtime;
  sets: EvalSet[];
  kbOf: (kind: string) => Promise<KnowledgeBase>;
}> {
  const runtime = await createRuntime({
    knowledgeDir: KNOWLEDGE_DIR,
    kbPath: KB_PATH,
    store: createStore(null),
  });
  const names = EVAL_SET_NAMES.filter(
    (n) => n === 'people' || n.startsWith('new-articles') || (regression && n === 'regression'),
  );
  const sets = (await loadEvalSets(names)).map((s) => ({
    ...s,
    items: s.items.filter(
      (i) => heldOutTurns || i.split === 'dev' || (s.name === 'regression' && i.split === undefined),
    ),
  }));
  return { runtime, sets, kbOf: cachedKnowledge(runtime, cacheDir) };
}

/**
 * The items of every conversation that holds an item `wanted` picks, in order: a follow-up is asked after the
 * turns it follows, as the eval asks it, though only the wanted items are studied.
 */
export function conversationsHolding(
  items: readonly EvalItem[],
  wanted: (i: EvalItem) => boolean,
): EvalItem[] {
  const talks = new Set(items.filter(wanted).map((i) => i.conversation ?? i.id));
  return items.filter((i) => talks.has(i.conversation ?? i.id));
}

/** Text compared as the studies compare it: lower case, straight apostrophes, single spaces. */
export const studyNorm = (t: string): string => t.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

/**
 * The gold sentences of a question: the indices in `kb.sentences` of those holding the most of its expected
 * phrase groups, in its expected sources when it names any; empty when no sentence holds one.
 */
export function goldSentences(kb: KnowledgeBase, item: EvalItem): number[] {
  const groups = (item.expect.all ?? []).map((g) => g.map(studyNorm));
  const sources = new Set(item.expect.sources ?? []);
  const hits = kb.sentences.map((st) =>
    sources.size > 0 && !sources.has(st.sourceId)
      ? 0
      : groups.filter((g) => g.some((a) => studyNorm(st.text).includes(a))).length,
  );
  const most = Math.max(0, ...hits);
  return most === 0 ? [] : hits.flatMap((h, i) => (h === most ? [i] : []));
}
