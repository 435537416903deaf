/**
 * `node --import tsx bench/vec46-study.ts`: DEV questions only (people and new-articles*, never a test item or a
 * held-out folder). Where does the gold sentence (`goldSentences`: the sentences holding the most of the
 * expected phrases) of a dev question rank by its words (`rankSentences` with `rankOptions`, 1,000 deep) and by
 * meaning through the engine's word vectors (each content word of the question credited by its nearest word in
 * the sentence, IDF-weighted, with the question's entities)? Two groups: the failures whose gold the words rank
 * unranked or past 10th, and every answerable paraphrase question (right and failing). Prints, per group, the
 * lexical rank against the vector rank (over the whole set, and within the gold's article), how often each
 * order, their reciprocal-rank fusion and a fusion within the best lexical articles put the gold in the first 3,
 * and the best vector score of must-decline questions beside answerable ones. ROWS=1 prints each row.
 * Built knowledge is cached in /tmp/vec46-kb.
 */
import { conversationsHolding, devStudy, goldSentences } from './cached-knowledge.ts';
import { studyTools } from './probed-turns.ts';
import { rankOptions } from '../src/answer/handlers.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import type { Understanding } from '../src/answer/understanding.ts';
import type { KnowledgeIndex } from '../src/answer/knowledge-index.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import type { WordVectors } from '../src/nlp/word-vectors.ts';

const CACHE = process.env.CACHE ?? '/tmp/vec46-kb';
const ROWS = process.env.ROWS === '1';
/** Word similarity from which a sentence word says nothing of the question's, and from which it says it fully. */
const FLOOR = Number(process.env.FLOOR ?? 0.35);
const FULL = Number(process.env.FULL ?? 0.75);
const RRF_K = 60;
const { runtime, sets, kbOf } = await devStudy(CACHE);
const vectors = runtime.engineData.vectors;
if (!vectors) throw new Error('vec46-study: no word vectors');

type Group = 'low-failure' | 'para-failure' | 'para-right';
const tables = new Map<string, number>();
const add = (key: string) => tables.set(key, (tables.get(key) ?? 0) + 1);
const bucket = (k: number): string =>
  k < 0 ? 'unranked' : k === 0 ? '1' : k < 3 ? '2-3' : k < 10 ? '4-10' : k < 50 ? '11-50' : '>50';
const bests: Record<string, number[]> = { 'must-decline': [], answerable: [], 'gold of failures': [] };

/** 0–1: how much of the question's content words and entities a sentence says, word by nearest word. */
function vectorScore(
  index: KnowledgeIndex,
  words: ReadonlyArray<{ lemma: string; weight: number }>,
  entities: readonly string[],
  at: number,
  v: WordVectors,
): number {
  const s = index.sentences[at]!;
  const lemmas = new Set(s.lemmas);
  const mentioned = new Set(s.mentions.map((m) => m.entityId));
  let total = 0;
  let hit = 0;
  for (const { lemma, weight } of words) {
    total += weight;
    if (lemmas.has(lemma)) hit += weight;
    else {
      const { similarity } = v.bestSimilarity(lemma, lemmas);
      hit += weight * Math.min(1, Math.max(0, (similarity - FLOOR) / (FULL - FLOOR)));
    }
  }
  const entityWeight = Math.log(1 + (index.sentences.length + 0.5) / 0.5) / 2;
  for (const e of entities) {
    total += entityWeight;
    if (mentioned.has(e)) hit += entityWeight;
  }
  return total === 0 ? 0 : hit / total;
}

function questionWords(index: KnowledgeIndex, u: Understanding): Array<{ lemma: string; weight: number }> {
  const maxIdf = Math.log(1 + (index.sentences.length + 0.5) / 0.5);
  return [...new Set([...u.content, ...u.unknown])].map((lemma) => ({
    lemma,
    weight: index.sentenceBm25.idf(lemma) || maxIdf / 2,
  }));
}

for (const set of sets) {
  const answerable = (i: (typeof set.items)[number]) => !i.expect.intent_only;
  const items = conversationsHolding(set.items, answerable);
  if (items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const { index, reader, ctx, engine } = studyTools(runtime, kb);
  for (const item of items) {
    const answer = await engine.ask(item.q, { userId: item.conversation ?? item.id });
    if (item.expect.intent_only) continue;
    const u = reader.read(item.q);
    const words = questionWords(index, u);
    const scores = kb.sentences.map((_, at) => vectorScore(index, words, u.entities, at, vectors));
    const best = Math.max(0, ...scores);
    if (item.expect.decline) {
      bests['must-decline']!.push(best);
      continue;
    }
    bests.answerable!.push(best);
    const problems = checkAnswer(item, answer);
    const golds = goldSentences(kb, item);
    if (golds.length === 0) continue;
    const ranked = rankSentences(index, u.terms, rankOptions(u, ctx, { limit: 1000 }));
    const lexOrder = ranked.map((r) => index.sentenceIndex.get(r.sentence.id)!);
    const lexRank = lexOrder.findIndex((i) => golds.includes(i));
    const right = problems.length === 0;
    const paraphrase = item.kind === 'paraphrase';
    const groups: Group[] = [];
    if (!right && (lexRank < 0 || lexRank >= 10)) groups.push('low-failure');
    if (paraphrase) groups.push(right ? 'para-right' : 'para-failure');
    if (groups.length === 0) continue;
    const vecOrder = kb.sentences.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
    const vecRank = vecOrder.findIndex((i) => golds.includes(i));
    const goldSource = kb.sentences[golds[0]!]!.sourceId;
    const inArticle = (order: number[]) => order.filter((i) => kb.sentences[i]!.sourceId === goldSource);
    const lexIn = inArticle(lexOrder).findIndex((i) => golds.includes(i));
    const vecIn = inArticle(vecOrder).findIndex((i) => golds.includes(i));
    // Reciprocal-rank fusion over every sentence; then the same limited to the best three lexical articles.
    const fused = new Map<number, number>();
    lexOrder.forEach((i, k) => fused.set(i, (fused.get(i) ?? 0) + 1 / (RRF_K + k + 1)));
    vecOrder.forEach((i, k) => fused.set(i, (fused.get(i) ?? 0) + 1 / (RRF_K + k + 1)));
    const fusedOrder = [...fused].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([i]) => i);
    const fusedRank = fusedOrder.findIndex((i) => golds.includes(i));
    const topArticles = new Set<string>();
    for (const i of lexOrder) {
      if (topArticles.size >= 3) break;
      topArticles.add(kb.sentences[i]!.sourceId);
    }
    const fusedTop = fusedOrder.filter((i) => topArticles.has(kb.sentences[i]!.sourceId));
    const fusedTopRank = fusedTop.findIndex((i) => golds.includes(i));
    const goldScore = Math.max(...golds.map((g) => scores[g]!));
    if (!right) bests['gold of failures']!.push(goldScore);
    for (const g of groups) {
      add(`${g}|cross|${bucket(lexRank)}|${bucket(vecRank)}`);
      add(`${g}|article|${bucket(lexIn)}|${bucket(vecIn)}`);
      add(`${g}|n`);
      if (lexRank >= 0 && lexRank < 3) add(`${g}|top3|lexical`);
      if (vecRank >= 0 && vecRank < 3) add(`${g}|top3|vector`);
      if (fusedRank >= 0 && fusedRank < 3) add(`${g}|top3|fusion`);
      if (fusedTopRank >= 0 && fusedTopRank < 3) add(`${g}|top3|fusion in 3 best lexical articles`);
      if (lexIn >= 0 && lexIn < 3) add(`${g}|top3|lexical in gold's article`);
      if (vecIn >= 0 && vecIn < 3) add(`${g}|top3|vector in gold's article`);
      if (answer.answered) add(`${g}|answered`);
    }
    if (ROWS)
      console.log(
        `${set.name} ${item.id} [${item.kind ?? 'plain'}] ${right ? 'right' : 'wrong'} lex=${bucket(lexRank)} vec=${bucket(vecRank)} inArt lex=${bucket(lexIn)} vec=${bucket(vecIn)} fused=${bucket(fusedRank)} goldScore=${goldScore.toFixed(2)} best=${best.toFixed(2)}\n   Q: ${item.q}\n   G: ${kb.sentences[golds[0]!]!.text.slice(0, 160)}\n   V: ${kb.sentences[vecOrder[0]!]!.text.slice(0, 160)}`,
      );
  }
}

const COLS = ['1', '2-3', '4-10', '11-50', '>50', 'unranked'];
for (const g of ['low-failure', 'para-failure', 'para-right'] as const) {
  console.log(`\n## ${g} (${tables.get(`${g}|n`) ?? 0}, answered ${tables.get(`${g}|answered`) ?? 0})`);
  for (const scope of ['cross', 'article'] as const) {
    console.log(
      `\n${scope === 'cross' ? 'whole set' : "gold's article"}: lexical rank ↓ / vector rank → | ${COLS.join(' | ')}`,
    );
    for (const r of COLS) {
      const cells = COLS.map((c) => tables.get(`${g}|${scope}|${r}|${c}`) ?? 0);
      if (cells.some((c) => c > 0)) console.log(`${r} | ${cells.join(' | ')}`);
    }
  }
  console.log('\ngold among the first 3:');
  for (const [k, v] of tables) if (k.startsWith(`${g}|top3|`)) console.log(`  ${k.split('|')[2]}: ${v}`);
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))] ?? 0;
console.log('\nbest vector score of a sentence (p10 / p25 / median / p75 / p90):');
for (const [k, xs] of Object.entries(bests))
  console.log(
    `  ${k} (${xs.length}): ${[0.1, 0.25, 0.5, 0.75, 0.9].map((p) => q(xs, p).toFixed(2)).join(' / ')}`,
  );
