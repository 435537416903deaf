/**
 * `node --import tsx bench/conf-study.ts`: does the engine's confidence tell an answer worth showing from a
 * question the coverage cannot answer? DEV items only (never a held-out set or a test item), conversations in
 * order. Each is asked twice, by two engines: as the bot asks it, and with the low-confidence check left out
 * (`AskOptions.skipGates`), whose answer the eval's checker judges (the second engine's conversations may
 * differ from the first's after a turn it answered and the first declined: first turns are tabled apart). For every draft the checks judged, the confidence and candidate features
 * of it are logged (`AskOptions.probe`), and per feature the AUC of "answerable, and right if shown" against
 * "must decline" (and against every draft not right) is printed, over all drafts and over drafts every other
 * check passes. Built knowledge is cached in /tmp/conf1-kb (delete it after a pipeline change); rows are
 * written to /tmp/conf1-rows.json.
 */
import { writeFileSync } from 'node:fs';
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import type { GateProbe } from '../src/answer/types.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { EVAL_SET_NAMES, loadEvalSets } from '../src/eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';
import { cachedKnowledge } from './cached-knowledge.ts';
import { features } from './draft-features.ts';

interface Row {
  id: string;
  set: string;
  kind: string;
  first: boolean;
  decline: boolean;
  stage: string;
  failed: string[];
  ungatedRight: boolean;
  ungatedAnswered: boolean;
  features: Record<string, number>;
}

/** AUC: the chance a positive scores above a negative (ties half). */
function auc(pos: number[], neg: number[]): number {
  if (pos.length === 0 || neg.length === 0) return NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

const runtime = await createRuntime({
  knowledgeDir: KNOWLEDGE_DIR,
  kbPath: KB_PATH,
  store: createStore(null),
});
const kbOf = cachedKnowledge(runtime, '/tmp/conf1-kb');
const names = EVAL_SET_NAMES.filter((n) => n === 'people' || n.startsWith('new-articles'));
const rows: Row[] = [];
for (const set of await loadEvalSets(names)) {
  const dev = set.items.filter((i) => i.split === 'dev');
  if (dev.length === 0) continue;
  const seenTalks = new Set<string>();
  const kb = await kbOf(set.knowledge);
  const make = () =>
    new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
  const asked = make();
  const ungated = make();
  for (const item of dev) {
    const first = !item.conversation || !seenTalks.has(item.conversation);
    if (item.conversation) seenTalks.add(item.conversation);
    const userId = item.conversation ?? item.id;
    let stage = '';
    let probe: GateProbe | null = null;
    await asked.ask(item.q, { userId, trace: (s) => (stage = s), probe: (p) => (probe ??= p) });
    const open = await ungated.ask(item.q, { userId, skipGates: ['low-confidence'] });
    const p = probe as GateProbe | null;
    if (!p || !p.draft || item.expect.intent_only) continue;
    rows.push({
      id: item.id,
      set: set.name,
      kind: item.kind ?? 'plain',
      first,
      decline: item.expect.decline === true,
      stage,
      failed: p.failed,
      ungatedRight: !item.expect.decline && checkAnswer(item, open).length === 0,
      ungatedAnswered: open.answered,
      features: features(p, p.draft),
    });
  }
}
writeFileSync('/tmp/conf1-rows.json', JSON.stringify(rows));

function table(title: string, subset: Row[]): void {
  const right = subset.filter((r) => r.ungatedRight);
  const mustDecline = subset.filter((r) => r.decline);
  const notRight = subset.filter((r) => !r.ungatedRight);
  console.log(
    `\n## ${title}: ${subset.length} drafts; right if shown ${right.length}, must-decline ${mustDecline.length}, not right ${notRight.length}`,
  );
  console.log('feature              AUC(right vs must-decline)  AUC(right vs not right)');
  for (const f of Object.keys(subset[0]?.features ?? {})) {
    const v = (rs: Row[]) => rs.map((r) => r.features[f] ?? 0);
    console.log(
      `${f.padEnd(20)} ${auc(v(right), v(mustDecline)).toFixed(3).padStart(10)} ${auc(v(right), v(notRight)).toFixed(3).padStart(24)}`,
    );
  }
}
for (const [which, turns] of [
  ['dev first turns', rows.filter((r) => r.first)],
  ['every dev turn', rows],
] as const) {
  const othersPass = turns.filter((r) => r.failed.every((s) => s === 'low-confidence'));
  table(`every draft the checks judged (${which})`, turns);
  table(`drafts every other check passes (${which})`, othersPass);
  table(
    `of those, under the bar (declined low-confidence today; ${which})`,
    othersPass.filter((r) => r.failed.includes('low-confidence')),
  );
}
