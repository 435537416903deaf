/**
 * The evaluation sets as a regression guard: each split must stay at or above the floor measured when it was
 * set (`npm run eval` prints the figures). Raise a floor when the engine improves; never tune on `test`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import { summarise, type EvalSummary } from '../../src/eval/evaluate.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import {
  attributions,
  HOLDOUT_2_DIR,
  HOLDOUT_3_DIR,
  HOLDOUT_4_DIR,
  HOLDOUT_5_DIR,
  HOLDOUT_6_DIR,
  HOLDOUT_7_DIR,
  HOLDOUT_8_DIR,
  HOLDOUT_DIR,
  holdoutKnowledge,
  evaluateSplits,
  knowledgeForSets,
  loadEvalSets,
  loadQuoteTable,
  NEW_ARTICLES_2_DIR,
  NEW_ARTICLES_3_DIR,
  NEW_ARTICLES_4_DIR,
  NEW_ARTICLES_5_DIR,
  NEW_ARTICLES_6_DIR,
  NEW_ARTICLES_7_DIR,
  NEW_ARTICLES_8_DIR,
  NEW_ARTICLES_9_DIR,
  NEW_ARTICLES_10_DIR,
  NEW_ARTICLES_11_DIR,
  NEW_ARTICLES_12_DIR,
  type EvalKnowledge,
  type EvalSet,
} from '../../src/eval/sets.ts';
import { shippedRuntime } from './setup.ts';

/**
 * Floors from `npm run eval` on 2026-11-30, one question or so under the figures measured (regression
 * 159/166, people test 142/190, new-articles test 30/42, new-articles-2 test 18/29, new-articles-4 test 11/32,
 * new-articles-5 test 14/28, new-articles-6 test 14/33, unseen-articles-3 test 23/45; held-out attribution
 * 20/20 and 23/29; new articles 3's 50/51, 4's 51/51, 5's 46/48, 6's 63/70, 7's 61/63): the evaluation is
 * deterministic, so a fall below a floor is a change's doing.
 */
const FLOORS = {
  regression: 0.95,
  peopleTest: 0.74,
  newArticlesTest: 0.74,
  newArticles2Test: 0.58,
  /** With questions-b (written blind 2026-11-30, fifth stop): 16/40 when added, 18/40 at the sixth stop's end. */
  newArticles4Test: 0.44,
  /** With questions-b: 17/36 when added, 22/36 at the sixth stop's end. */
  newArticles5Test: 0.58,
  /** Written blind for attribution shapes (Q&A, live blog, Spanish quotes) on 2026-11-30; with questions-b 19/41 when added, 20/41 later. */
  newArticles6Test: 0.48,
  /** A Spanish paper's English edition, a press release, a TV transcript, a column; with questions-b 22/38 when added. */
  newArticles7Test: 0.55,
  /** Paraphrased questions, written blind at the 2026-11-30 fourth stop's end; with questions-b 19/36 when added. */
  newArticles8Test: 0.6,
  /** Attribution-heavy articles written blind on 2026-11-30 (fifth stop): 12/20 when added. */
  newArticles9Test: 0.55,
  /** Attribution-heavy articles written blind at the 2026-11-30 fifth stop's middle: 8/20 when added. */
  newArticles10Test: 0.37,
  /** Four contemporary (2024–2025) articles written blind at the 2026-11-30 sixth stop's start: 9/24 when added, 13/24 at its end. */
  newArticles11Test: 0.5,
  /** Questions about the second to fourth held-out articles, never tuned on (30/45, 29/45, 22/45). */
  unseenArticlesTest: 0.64,
  /** 31/45 at the 2026-11-30 sixth stop's end. */
  unseenArticles2Test: 0.66,
  unseenArticles3Test: 0.48,
  /** The fifth held-out articles, written blind at the 2026-11-30 fourth stop's end, never looked at: 19/45, then 20/45. */
  unseenArticles4Test: 0.42,
  /** The sixth held-out articles, written blind at the 2026-11-30 fifth stop's start, never looked at: 22/45, then 24/45. */
  unseenArticles5Test: 0.51,
  /** The seventh held-out articles, written blind at the 2026-11-30 sixth stop's start, never looked at: 17/45, 18/45 at its end. */
  /** Four articles of other years and styles written blind at the 2026-11-30 seventh stop's start: 10/24 when added. */
  newArticles12Test: 0.33,
  /** The eighth held-out articles, written blind at the 2026-11-30 seventh stop's start, never looked at: 26/45. */
  unseenArticles7Test: 0.53,
  unseenArticles6Test: 0.4,
  /** Held-out articles' quotations attributed right (the first set 20/20, the second, never tuned on, 23/29). */
  holdoutAttribution: 0.9,
  holdout2Attribution: 0.75,
  /** The third held-out articles, never looked at: 34/40. */
  holdout3Attribution: 0.8,
  /** The fourth held-out articles, never looked at: 42/46 when added. */
  holdout4Attribution: 0.85,
  /** The fifth held-out articles, never looked at: 43/48 when added. */
  holdout5Attribution: 0.87,
  /** The sixth held-out articles, never looked at: 31/44 when added. */
  holdout6Attribution: 0.68,
  /** The seventh held-out articles, never looked at: 55/66 when added. */
  /** The eighth held-out articles, never looked at: 34/43 when added. */
  holdout8Attribution: 0.74,
  holdout7Attribution: 0.8,
  /** Quotations of the third to fifth new articles (written for every attribution pattern) attributed right. */
  newArticles3Attribution: 0.88,
  newArticles4Attribution: 0.95,
  newArticles5Attribution: 0.9,
  /** The sixth new articles' 70 quotations: 44/70 when added, 63/70 after the attribution work on them. */
  newArticles6Attribution: 0.88,
  /** The seventh new articles' 63 quotations: 38/63 when added, 61/63 after the attribution work on them. */
  newArticles7Attribution: 0.95,
  /** The eighth new articles' 52 quotations: 47/52 when added, 49/52 with a known surname given to the article's own person. */
  newArticles8Attribution: 0.92,
  /** The ninth new articles (written blind for attribution styles on 2026-11-30, fifth stop): 45/67 when added, 64/67 at the sixth stop's end. */
  newArticles9Attribution: 0.92,
  /** The tenth new articles (written blind for attribution, 2026-11-30 fifth stop): 48/88 when added, 79/88 at the sixth stop's end. */
  newArticles10Attribution: 0.88,
  /** The eleventh new articles (contemporary, written blind on 2026-11-30, sixth stop): 61/71 when added, 68/71 at its end. */
  /** The twelfth new articles (written blind on 2026-11-30, seventh stop): 44/57 when added. */
  newArticles12Attribution: 0.92,
  newArticles11Attribution: 0.92,
  /** Most must-decline questions of a test split that may be answered. */
  mustDeclineAnswered: 0.35,
};

let runtime: Runtime;
let sets: EvalSet[];
/** The knowledge each set asks against, built once for the file. */
let knowledge: Map<EvalKnowledge, KnowledgeBase>;
let withNew: KnowledgeBase;
const results = new Map<string, EvalSummary>();

async function run(name: EvalSet['name'], split: string): Promise<EvalSummary> {
  const key = `${name} ${split}`;
  const cached = results.get(key);
  if (cached) return cached;
  const set = sets.find((s) => s.name === name);
  if (!set) throw new Error(`no set ${name}`);
  const kb = knowledge.get(set.knowledge) ?? runtime.kb;
  for (const [s, summary] of await evaluateSplits(runtime, set, kb, `vitest-${name}`))
    results.set(`${name} ${s}`, summary);
  return results.get(key) ?? summarise([]);
}

function failures(s: EvalSummary): string {
  return s.results
    .filter((r) => !r.ok)
    .map((r) => `${r.item.id}: ${r.problems.join('; ')}`)
    .join('\n');
}

beforeAll(async () => {
  runtime = await shippedRuntime();
  sets = await loadEvalSets();
  knowledge = await knowledgeForSets(runtime, sets);
  withNew = knowledge.get('with-new-articles') ?? runtime.kb;
});

describe('the evaluation sets', () => {
  it('hold at least 200 questions by people who never saw the engine, each kind in both splits', () => {
    const people = sets.find((s) => s.name === 'people')?.items ?? [];
    expect(people.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(people.map((i) => i.kind));
    for (const kind of kinds) {
      const splits = new Set(people.filter((i) => i.kind === kind).map((i) => i.split));
      expect([...splits].sort(), `kind ${kind}`).toEqual(['dev', 'test']);
    }
    expect(new Set(people.map((i) => i.id)).size).toBe(people.length);
  });

  it('keep the first question set at or above its floor', async () => {
    const s = await run('regression', '-');
    expect(s.accuracy, failures(s)).toBeGreaterThanOrEqual(FLOORS.regression);
  });

  it('keep the people test split at or above its floor, declining most must-decline questions', async () => {
    const s = await run('people', 'test');
    expect(s.accuracy).toBeGreaterThanOrEqual(FLOORS.peopleTest);
    expect(s.falseAnswers.ok / s.falseAnswers.total).toBeLessThanOrEqual(FLOORS.mustDeclineAnswered);
  });

  it('keep the new articles test split at or above its floor', async () => {
    const s = await run('new-articles', 'test');
    expect(s.accuracy).toBeGreaterThanOrEqual(FLOORS.newArticlesTest);
    expect(s.falseAnswers.ok / s.falseAnswers.total).toBeLessThanOrEqual(FLOORS.mustDeclineAnswered);
  });

  it('keep the questions about unseen articles at or above their floor', async () => {
    const s = await run('unseen-articles', 'test');
    expect(s.accuracy).toBeGreaterThanOrEqual(FLOORS.unseenArticlesTest);
    const t = await run('unseen-articles-2', 'test');
    expect(t.accuracy).toBeGreaterThanOrEqual(FLOORS.unseenArticles2Test);
    const u = await run('unseen-articles-3', 'test');
    expect(u.accuracy).toBeGreaterThanOrEqual(FLOORS.unseenArticles3Test);
    const v = await run('unseen-articles-4', 'test');
    expect(v.accuracy).toBeGreaterThanOrEqual(FLOORS.unseenArticles4Test);
    const w = await run('unseen-articles-5', 'test');
    expect(w.accuracy).toBeGreaterThanOrEqual(FLOORS.unseenArticles5Test);
    const x = await run('unseen-articles-6', 'test');
    expect(x.accuracy).toBeGreaterThanOrEqual(FLOORS.unseenArticles6Test);
    const y = await run('unseen-articles-7', 'test');
    expect(y.accuracy).toBeGreaterThanOrEqual(FLOORS.unseenArticles7Test);
  });

  it('attributes every quotation of the new articles to its speaker', async () => {
    const table = attributions(withNew, await loadQuoteTable());
    expect(table.filter((r) => !r.ok).map((r) => `${r.text} → ${r.got}`)).toEqual([]);
    const second = attributions(
      knowledge.get('with-new-articles-2') ?? runtime.kb,
      await loadQuoteTable(NEW_ARTICLES_2_DIR),
    );
    expect(second.filter((r) => !r.ok).map((r) => `${r.text} → ${r.got}`)).toEqual([]);
  });

  it.each([
    ['third', 'with-new-articles-3', NEW_ARTICLES_3_DIR, FLOORS.newArticles3Attribution],
    ['fourth', 'with-new-articles-4', NEW_ARTICLES_4_DIR, FLOORS.newArticles4Attribution],
    ['fifth', 'with-new-articles-5', NEW_ARTICLES_5_DIR, FLOORS.newArticles5Attribution],
    ['sixth', 'with-new-articles-6', NEW_ARTICLES_6_DIR, FLOORS.newArticles6Attribution],
    ['seventh', 'with-new-articles-7', NEW_ARTICLES_7_DIR, FLOORS.newArticles7Attribution],
    ['eighth', 'with-new-articles-8', NEW_ARTICLES_8_DIR, FLOORS.newArticles8Attribution],
    ['ninth', 'with-new-articles-9', NEW_ARTICLES_9_DIR, FLOORS.newArticles9Attribution],
    ['tenth', 'with-new-articles-10', NEW_ARTICLES_10_DIR, FLOORS.newArticles10Attribution],
    ['eleventh', 'with-new-articles-11', NEW_ARTICLES_11_DIR, FLOORS.newArticles11Attribution],
    ['twelfth', 'with-new-articles-12', NEW_ARTICLES_12_DIR, FLOORS.newArticles12Attribution],
  ] as const)(
    'attributes the quotations of the %s new articles at or above their floor',
    async (_n, kind, dir, floor) => {
      const table = attributions(knowledge.get(kind) ?? runtime.kb, await loadQuoteTable(dir));
      expect(table.filter((r) => r.ok).length / table.length).toBeGreaterThanOrEqual(floor);
    },
  );

  it.each([
    ['new-articles-2', FLOORS.newArticles2Test],
    ['new-articles-4', FLOORS.newArticles4Test],
    ['new-articles-5', FLOORS.newArticles5Test],
    ['new-articles-6', FLOORS.newArticles6Test],
    ['new-articles-7', FLOORS.newArticles7Test],
    ['new-articles-8', FLOORS.newArticles8Test],
    ['new-articles-9', FLOORS.newArticles9Test],
    ['new-articles-10', FLOORS.newArticles10Test],
    ['new-articles-11', FLOORS.newArticles11Test],
    ['new-articles-12', FLOORS.newArticles12Test],
  ] as const)('keep the %s test split at or above its floor', async (name, floor) => {
    const s = await run(name, 'test');
    expect(s.accuracy).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ['the first held-out articles', HOLDOUT_DIR, FLOORS.holdoutAttribution],
    ['the second held-out articles', HOLDOUT_2_DIR, FLOORS.holdout2Attribution],
    ['the third held-out articles', HOLDOUT_3_DIR, FLOORS.holdout3Attribution],
    ['the fourth held-out articles', HOLDOUT_4_DIR, FLOORS.holdout4Attribution],
    ['the fifth held-out articles', HOLDOUT_5_DIR, FLOORS.holdout5Attribution],
    ['the sixth held-out articles', HOLDOUT_6_DIR, FLOORS.holdout6Attribution],
    ['the seventh held-out articles', HOLDOUT_7_DIR, FLOORS.holdout7Attribution],
    ['the eighth held-out articles', HOLDOUT_8_DIR, FLOORS.holdout8Attribution],
  ] as const)('attributes %s at or above their floor', async (_name, dir, floor) => {
    const table = attributions(await holdoutKnowledge(runtime, dir), await loadQuoteTable(dir));
    expect(table.filter((r) => r.ok).length / table.length).toBeGreaterThanOrEqual(floor);
  });
});
