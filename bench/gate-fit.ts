/**
 * `node --import tsx bench/gate-fit.ts` (issue #8), after bench/gate-study.ts: the low-confidence decision
 * calibrated on DEV as a whole, from /tmp/gate-rows.json (dev turns only; no test item is ever read). Prints
 * how well each feature separates answers worth showing from must-declines (AUC), then chooses the bar on the
 * engine's confidence that minimises dev errors, and compares it, cross-validated by article set, with small
 * logistic models over the study's features. Deterministic: no sampling, folds are fixed by set name.
 *
 * A draft is judged only when every other check passes it (the low-confidence decision is its last say).
 * Costs: an answerable question declined {@link DECLINED}, a wrong answer shown {@link WRONG_SHOWN} (a
 * confident wrong answer at least as heavy as a decline), a must-decline answered {@link MUST_DECLINE_SHOWN}.
 */
import { readFileSync } from 'node:fs';

interface Row {
  id: string;
  set: string;
  decline: boolean;
  stage: string;
  failed: string[];
  rescued: boolean;
  ungatedRight: boolean;
  features: Record<string, number> | null;
}

type Judged = Row & { features: Record<string, number> };
type Outcome = 'right' | 'wrong' | 'mustDecline';

const DECLINED = 1;
const WRONG_SHOWN = 1;
const MUST_DECLINE_SHOWN = 2;
/** Folds of the cross-validation: the sets, sorted by name, dealt round-robin. */
const FOLDS = 5;
/** The bars tried, 0.30 to 0.70. */
const BARS = Array.from({ length: 41 }, (_, i) => Math.round((0.3 + i * 0.01) * 100) / 100);
const L2 = 1;

const rows = JSON.parse(readFileSync('/tmp/gate-rows.json', 'utf8')) as Row[];

function outcome(r: Row): Outcome {
  return r.decline ? 'mustDecline' : r.ungatedRight ? 'right' : 'wrong';
}

function cost(r: Row, show: boolean, mustDeclineShown = MUST_DECLINE_SHOWN): number {
  const o = outcome(r);
  if (o === 'mustDecline') return show ? mustDeclineShown : 0;
  if (o === 'right') return show ? 0 : DECLINED;
  return show ? WRONG_SHOWN : DECLINED;
}

interface Tally {
  rightShown: number;
  rightDeclined: number;
  wrongShown: number;
  wrongDeclined: number;
  mustDeclineShown: number;
  cost: number;
}

function tally(rs: readonly Row[], show: (r: Row) => boolean): Tally {
  const t: Tally = {
    rightShown: 0,
    rightDeclined: 0,
    wrongShown: 0,
    wrongDeclined: 0,
    mustDeclineShown: 0,
    cost: 0,
  };
  for (const r of rs) {
    const s = show(r);
    const o = outcome(r);
    if (o === 'right') t[s ? 'rightShown' : 'rightDeclined']++;
    else if (o === 'wrong') t[s ? 'wrongShown' : 'wrongDeclined']++;
    else if (s) t.mustDeclineShown++;
    t.cost += cost(r, s);
  }
  return t;
}

function add(a: Tally, b: Tally): Tally {
  return {
    rightShown: a.rightShown + b.rightShown,
    rightDeclined: a.rightDeclined + b.rightDeclined,
    wrongShown: a.wrongShown + b.wrongShown,
    wrongDeclined: a.wrongDeclined + b.wrongDeclined,
    mustDeclineShown: a.mustDeclineShown + b.mustDeclineShown,
    cost: a.cost + b.cost,
  };
}

const fmt = (t: Tally) =>
  `right shown ${t.rightShown}, right declined ${t.rightDeclined}, wrong shown ${t.wrongShown}, wrong declined ${t.wrongDeclined}, must-decline shown ${t.mustDeclineShown}, cost ${t.cost}`;

/** AUC: the chance a positive scores above a negative (ties half). */
function auc(pos: readonly number[], neg: readonly number[]): number {
  if (pos.length === 0 || neg.length === 0) return NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** The bar of the engine's rule (confidence ≥ bar, or a draft one sentence or the asked act rescues). */
const byBar = (bar: number) => (r: Row) => (r.features?.['confidence'] ?? 0) >= bar || r.rescued;

/** The bar of least cost on `rs`; of equal costs the highest (the safer). */
function bestBar(rs: readonly Row[], mustDeclineShown = MUST_DECLINE_SHOWN): number {
  let best = { bar: BARS[0] ?? 0.5, cost: Infinity };
  for (const bar of BARS) {
    const c = rs.reduce((s, r) => s + cost(r, byBar(bar)(r), mustDeclineShown), 0);
    if (c <= best.cost) best = { bar, cost: c };
  }
  return best.bar;
}

/** A logistic model of "right if shown", standardised inputs, fitted by Newton's method with an L2 penalty. */
interface Logistic {
  mean: number[];
  sd: number[];
  w: number[];
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

function fitLogistic(xs: number[][], ys: number[]): Logistic {
  const k = xs[0]?.length ?? 0;
  const mean = Array.from({ length: k }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / xs.length);
  const sd = Array.from(
    { length: k },
    (_, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / xs.length) || 1,
  );
  const zs = xs.map((x) => [...x.map((v, j) => (v - mean[j]!) / sd[j]!), 1]);
  let w = new Array<number>(k + 1).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array<number>(k + 1).fill(0);
    const h = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
    zs.forEach((z, i) => {
      const p = 1 / (1 + Math.exp(-z.reduce((s, v, j) => s + v * w[j]!, 0)));
      for (let a = 0; a <= k; a++) {
        g[a]! += (p - ys[i]!) * z[a]!;
        for (let b = 0; b <= k; b++) h[a]![b]! += p * (1 - p) * z[a]! * z[b]!;
      }
    });
    for (let a = 0; a < k; a++) {
      g[a]! += L2 * w[a]!;
      h[a]![a]! += L2;
    }
    const step = solve(h, g);
    w = w.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { mean, sd, w };
}

function predict(m: Logistic, x: readonly number[]): number {
  const z = x.reduce((s, v, j) => s + ((v - m.mean[j]!) / m.sd[j]!) * m.w[j]!, m.w[x.length]!);
  return 1 / (1 + Math.exp(-z));
}

/** The probability bar of least cost on `rs` (of equal costs the highest). */
function bestCut(scores: readonly number[], rs: readonly Row[]): number {
  let best = { cut: 0.5, cost: Infinity };
  for (const cut of [...new Set(scores)].sort((a, b) => a - b)) {
    const c = rs.reduce((s, r, i) => s + cost(r, (scores[i] ?? 0) >= cut), 0);
    if (c <= best.cost) best = { cut, cost: c };
  }
  return best.cut;
}

const judged = rows.filter(
  (r): r is Judged => r.features !== null && r.failed.every((s) => s === 'low-confidence'),
);
const withDraft = rows.filter((r): r is Judged => r.features !== null);
const sets = [...new Set(judged.map((r) => r.set))].sort();
const folds = Array.from({ length: FOLDS }, (_, i) => new Set(sets.filter((_, j) => j % FOLDS === i)));

console.log(
  `dev turns ${rows.length}; with a draft ${withDraft.length}; judged last by the bar ${judged.length}`,
);
const stages = new Map<string, number>();
for (const r of rows) {
  const key = `${r.stage || 'shown'} ${outcome(r)}`;
  stages.set(key, (stages.get(key) ?? 0) + 1);
}
console.log('\nstage and outcome if shown (ungated by low-confidence):');
for (const [k, v] of [...stages].sort()) console.log(`  ${k.padEnd(32)} ${v}`);

for (const [title, rs] of [
  ['every draft', withDraft],
  ['drafts every other check passes', judged],
] as const) {
  const right = rs.filter((r) => outcome(r) === 'right');
  const must = rs.filter((r) => outcome(r) === 'mustDecline');
  const notRight = rs.filter((r) => outcome(r) !== 'right');
  console.log(
    `\nAUC, ${title} (right ${right.length} / must-decline ${must.length} / not right ${notRight.length}):`,
  );
  for (const f of Object.keys(rs[0]?.features ?? {})) {
    const v = (xs: Judged[]) => xs.map((r) => r.features[f] ?? 0);
    console.log(
      `  ${f.padEnd(18)} ${auc(v(right), v(must)).toFixed(3)}  ${auc(v(right), v(notRight)).toFixed(3)}`,
    );
  }
}

console.log(`\ntoday's decision: ${fmt(tally(judged, (r) => !r.failed.includes('low-confidence')))}`);
for (const bar of [0.4, 0.45, 0.47, 0.5, 0.53, 0.55, 0.6])
  console.log(`bar ${bar.toFixed(2)}: ${fmt(tally(judged, byBar(bar)))}`);
for (const weight of [1, 1.5, 2, 3])
  console.log(
    `bar of least cost on all dev, a must-decline shown costing ${weight}: ${bestBar(judged, weight)}`,
  );

const MODELS: Record<string, readonly string[]> = {
  confidence: ['confidence'],
  'confidence, exactAllShare': ['confidence', 'exactAllShare'],
  'confidence, topShare': ['confidence', 'topShare'],
  'confidence, missingCount': ['confidence', 'missingCount'],
  'confidence, relatedOnlyCount': ['confidence', 'relatedOnlyCount'],
  'six features': [
    'confidence',
    'exactTopShare',
    'exactAllShare',
    'missingCount',
    'relatedOnlyCount',
    'rarestInAll',
  ],
};

console.log(`\ncross-validated by article set (${FOLDS} folds), held-out folds summed:`);
let barCv: Tally | null = null;
const bars: number[] = [];
for (const fold of folds) {
  const train = judged.filter((r) => !fold.has(r.set));
  const bar = bestBar(train);
  bars.push(bar);
  const t = tally(
    judged.filter((r) => fold.has(r.set)),
    byBar(bar),
  );
  barCv = barCv ? add(barCv, t) : t;
}
console.log(`  bar (${bars.join(', ')}): ${barCv ? fmt(barCv) : ''}`);
for (const [name, fs] of Object.entries(MODELS)) {
  let sum: Tally | null = null;
  for (const fold of folds) {
    const train = judged.filter((r) => !fold.has(r.set));
    const test = judged.filter((r) => fold.has(r.set));
    const x = (r: Judged) => fs.map((f) => r.features[f] ?? 0);
    const m = fitLogistic(
      train.map(x),
      train.map((r) => (outcome(r) === 'right' ? 1 : 0)),
    );
    const cut = bestCut(
      train.map((r) => predict(m, x(r))),
      train,
    );
    const t = tally(test, (r) => predict(m, x(r as Judged)) >= cut);
    sum = sum ? add(sum, t) : t;
  }
  console.log(`  logistic, ${name}: ${sum ? fmt(sum) : ''}`);
}
console.log(`\nthe bar chosen on all dev: ${bestBar(judged)}`);
