/**
 * The evaluation sets and the knowledge each runs on. `regression` is the project's first question set;
 * `people` was written from the three shipped articles by people who never saw the engine; `new-articles`
 * asks about articles under `tests/fixtures/articles/` that the pipeline was not tuned on, built into the
 * knowledge beside the shipped ones. `people` and `new-articles` are split into `dev` (tune on it) and
 * `test` (only reported). `unseen-articles` asks about the second held-out articles (`tests/fixtures/holdout-2/`),
 * written by someone who never saw the engine, all `test`: the closest measure of an article nobody tuned on.
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

export const EVAL_DIR = join(REPO_ROOT, 'tests', 'eval');
export const NEW_ARTICLES_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles');
/** Four more articles, written later by someone who never saw the pipeline, split dev/test like the first. */
export const NEW_ARTICLES_2_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-2');
/** Three quotation-heavy articles (51 quotations in every attribution pattern), written blind, for attribution. */
export const NEW_ARTICLES_3_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-3');
/** Four articles in four outlets' styles (wire, local TV, a Mexican paper's English edition, an explainer), written blind. */
export const NEW_ARTICLES_4_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-4');
/** Three articles (a live blog, a public-radio interview story, a think-tank explainer), written blind. */
export const NEW_ARTICLES_5_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-5');
export const NEW_ARTICLES_6_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-6');
export const NEW_ARTICLES_7_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-7');
export const NEW_ARTICLES_8_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-8');
export const NEW_ARTICLES_9_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-9');
export const NEW_ARTICLES_10_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-10');
/** Four contemporary (2024–2025) articles in four outlets' styles, written blind, split dev/test. */
export const NEW_ARTICLES_11_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-11');
/** Four articles of other years and styles (1992 to 2023: a wire story, a Mexican outlet's English edition, a TV page, an op-ed), written blind, split dev/test. */
export const NEW_ARTICLES_12_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'articles-12');
/** Articles and a quote table the pipeline was never tuned on: attribution there is only reported. */
export const HOLDOUT_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'holdout');
/** A second held-out set, written after the first had been looked at. */
export const HOLDOUT_2_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'holdout-2');
/** A third held-out set, written at the end of a stop to report on: never looked at, never tuned on. */
export const HOLDOUT_3_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'holdout-3');
/** A fourth held-out set, written blind at the end of a later stop: never looked at, never tuned on. */
export const HOLDOUT_4_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'holdout-4');
export const HOLDOUT_5_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'holdout-5');
export const HOLDOUT_6_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'holdout-6');
export const HOLDOUT_7_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'holdout-7');
export const HOLDOUT_8_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'holdout-8');

export interface EvalSet {
  name:
    | 'regression'
    | 'people'
    | 'new-articles'
    | 'new-articles-2'
    | 'new-articles-3'
    | 'new-articles-4'
    | 'new-articles-5'
    | 'new-articles-6'
    | 'new-articles-7'
    | 'new-articles-8'
    | 'new-articles-9'
    | 'new-articles-10'
    | 'new-articles-11'
    | 'new-articles-12'
    | 'unseen-articles'
    | 'unseen-articles-2'
    | 'unseen-articles-3'
    | 'unseen-articles-4'
    | 'unseen-articles-5'
    | 'unseen-articles-6'
    | 'unseen-articles-7';
  items: EvalItem[];
  /** The knowledge the set is asked against: the shipped one, or the shipped one plus the new articles. */
  knowledge: EvalKnowledge;
}

/** The knowledge a set asks against: the shipped one alone, or with the articles of a fixture folder. */
export type EvalKnowledge =
  | 'shipped'
  | 'with-new-articles'
  | 'with-new-articles-2'
  | 'with-new-articles-3'
  | 'with-new-articles-4'
  | 'with-new-articles-5'
  | 'with-new-articles-6'
  | 'with-new-articles-7'
  | 'with-new-articles-8'
  | 'with-new-articles-9'
  | 'with-new-articles-10'
  | 'with-new-articles-11'
  | 'with-new-articles-12'
  | 'with-holdout-2'
  | 'with-holdout-3'
  | 'with-holdout-4'
  | 'with-holdout-5'
  | 'with-holdout-6'
  | 'with-holdout-7'
  | 'with-holdout-8';

/** The fixture folder each kind of knowledge adds to the shipped sources. */
export const EVAL_KNOWLEDGE_DIRS: Record<Exclude<EvalKnowledge, 'shipped'>, string> = {
  'with-new-articles': NEW_ARTICLES_DIR,
  'with-new-articles-2': NEW_ARTICLES_2_DIR,
  'with-new-articles-3': NEW_ARTICLES_3_DIR,
  'with-new-articles-4': NEW_ARTICLES_4_DIR,
  'with-new-articles-5': NEW_ARTICLES_5_DIR,
  'with-new-articles-6': NEW_ARTICLES_6_DIR,
  'with-new-articles-7': NEW_ARTICLES_7_DIR,
  'with-new-articles-8': NEW_ARTICLES_8_DIR,
  'with-new-articles-9': NEW_ARTICLES_9_DIR,
  'with-new-articles-10': NEW_ARTICLES_10_DIR,
  'with-new-articles-11': NEW_ARTICLES_11_DIR,
  'with-new-articles-12': NEW_ARTICLES_12_DIR,
  'with-holdout-2': HOLDOUT_2_DIR,
  'with-holdout-3': HOLDOUT_3_DIR,
  'with-holdout-4': HOLDOUT_4_DIR,
  'with-holdout-5': HOLDOUT_5_DIR,
  'with-holdout-6': HOLDOUT_6_DIR,
  'with-holdout-7': HOLDOUT_7_DIR,
  'with-holdout-8': HOLDOUT_8_DIR,
};

/** One row of the new articles' quote table: who said the quotation containing `text`. */
export interface QuoteRow {
  source: string;
  text: string;
  speaker: string;
}

async function readItems(path: string): Promise<EvalItem[]> {
  return (JSON.parse(await readFile(path, 'utf8')) as { items: EvalItem[] }).items;
}

/** A set asked of the shipped knowledge and a fixture folder: the folder's questions.json and any `more` files. */
function fixtureSet(
  knowledge: Exclude<EvalKnowledge, 'shipped'>,
  ...more: string[]
): { files: string[]; knowledge: EvalKnowledge } {
  const dir = EVAL_KNOWLEDGE_DIRS[knowledge];
  return { files: ['questions.json', ...more].map((f) => join(dir, f)), knowledge };
}

const SET_FILES: Record<EvalSet['name'], { files: string[]; knowledge: EvalSet['knowledge'] }> = {
  regression: { files: [join(EVAL_DIR, 'questions.json')], knowledge: 'shipped' },
  people: {
    files: [
      join(EVAL_DIR, 'people-a.json'),
      join(EVAL_DIR, 'people-b.json'),
      join(EVAL_DIR, 'people-c.json'),
      join(EVAL_DIR, 'people-d.json'),
      join(EVAL_DIR, 'people-e.json'),
      join(EVAL_DIR, 'people-f.json'),
    ],
    knowledge: 'shipped',
  },
  'new-articles': fixtureSet('with-new-articles'),
  'new-articles-2': fixtureSet('with-new-articles-2'),
  'new-articles-3': fixtureSet('with-new-articles-3'),
  'new-articles-4': fixtureSet('with-new-articles-4', 'questions-b.json'),
  'new-articles-5': fixtureSet('with-new-articles-5', 'questions-b.json'),
  'new-articles-6': fixtureSet('with-new-articles-6', 'questions-b.json'),
  'new-articles-7': fixtureSet('with-new-articles-7', 'questions-b.json'),
  'new-articles-8': fixtureSet('with-new-articles-8', 'questions-b.json'),
  'new-articles-9': fixtureSet('with-new-articles-9'),
  'new-articles-10': fixtureSet('with-new-articles-10'),
  'new-articles-11': fixtureSet('with-new-articles-11'),
  'new-articles-12': fixtureSet('with-new-articles-12'),
  'unseen-articles': fixtureSet('with-holdout-2'),
  'unseen-articles-2': fixtureSet('with-holdout-3'),
  'unseen-articles-3': fixtureSet('with-holdout-4'),
  'unseen-articles-4': fixtureSet('with-holdout-5'),
  'unseen-articles-5': fixtureSet('with-holdout-6'),
  'unseen-articles-6': fixtureSet('with-holdout-7'),
  'unseen-articles-7': fixtureSet('with-holdout-8'),
};

export const EVAL_SET_NAMES = Object.keys(SET_FILES) as Array<EvalSet['name']>;

/** Reads the sets named (all by default) from the repository. */
export async function loadEvalSets(names: readonly string[] = EVAL_SET_NAMES): Promise<EvalSet[]> {
  const unknown = names.filter((n) => !(n in SET_FILES));
  if (unknown.length > 0)
    throw new Error(`eval: no set named ${unknown.join(', ')} (sets: ${EVAL_SET_NAMES.join(', ')})`);
  return Promise.all(
    EVAL_SET_NAMES.filter((n) => names.includes(n)).map(async (name) => {
      const { files, knowledge } = SET_FILES[name];
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
    createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors),
  );
}

/** The shipped sources plus the articles of `dir`, built by the same pipeline `/kb add` uses. */
export async function knowledgeWithArticles(runtime: Runtime, dir: string): Promise<KnowledgeBase> {
  const sources = [
    ...(await readSourceDir(SOURCES_DIR, REPO_ROOT)),
    ...(await readSourceDir(dir, REPO_ROOT)),
  ];
  return buildKnowledge(sources, createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors));
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
    if (kind !== 'shipped') out.set(kind, await knowledgeWithArticles(runtime, EVAL_KNOWLEDGE_DIRS[kind]));
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

/** For each row of the quote table, the speaker the knowledge gives the quotation (`null`: none, or not found). */
export function attributions(
  kb: KnowledgeBase,
  rows: readonly QuoteRow[],
): Array<QuoteRow & { found: boolean; got: string | null; ok: boolean }> {
  const squash = (s: string) =>
    s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
  return rows.map((row) => {
    // The innermost quotation with the words: a row for a quotation inside another names its own speaker.
    const quote = kb.quotes
      .filter((q) => q.sourceId === row.source && squash(q.text).includes(squash(row.text)))
      .sort((a, b) => a.text.length - b.text.length)[0];
    const got = quote && quote.speakerName !== 'unattributed' ? quote.speakerName : null;
    // The speaker's entity under any of its names ("The Pentagon" is "the Defense Department"). Only a full
    // name may be the end or start of the expected one: an alias such as "González Pérez" is the end of a
    // brother's name too, so it must be the expected name itself.
    const entity = kb.entities.find((e) => e.id === quote?.speakerId);
    const bare = (name: string) => squash(name).replace(/^the /, '');
    const expected = bare(row.speaker);
    const fullNames = [got ?? '', entity?.name ?? ''].filter((n) => n !== '');
    return {
      ...row,
      found: quote !== undefined,
      got,
      ok:
        got !== null &&
        (fullNames.some((n) => sameName(bare(n), expected)) ||
          (entity?.aliases ?? []).some((a) => bare(a) === expected)),
    };
  });
}

/**
 * The same person: the same name, one name the end of the other ("Steven Blum", "H Steven Blum"), or its
 * start, as a Spanish name is often given without the mother's surname ("Claudia Sheinbaum Pardo").
 */
function sameName(a: string, b: string): boolean {
  const words = (s: string) => s.replace(/[.,]/g, '').split(' ');
  const [short, long] = a.length <= b.length ? [words(a), words(b)] : [words(b), words(a)];
  const n = short.join(' ');
  return (
    (short.length >= 2 &&
      (n === long.slice(long.length - short.length).join(' ') ||
        n === long.slice(0, short.length).join(' '))) ||
    a === b
  );
}
