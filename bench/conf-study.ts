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
import type { Draft } from '../src/answer/handlers.ts';
import { ENTITY_TERM } from '../src/answer/knowledge-index.ts';
import type { GateProbe } from '../src/answer/types.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { EVAL_SET_NAMES, loadEvalSets } from '../src/eval/sets.ts';
import type { Sentence } from '../src/knowledge/schema.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';
import { cachedKnowledge } from './cached-knowledge.ts';

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

/** Sentences of a draft's evidence, the first first. */
function evidenceSentences(p: GateProbe, d: Draft): Sentence[] {
  const { index } = p.ctx;
  return d.evidence.flatMap((e) =>
    index
      .evidenceSentenceIds(e)
      .map((id) => index.sentence(id))
      .filter((s) => s !== null),
  );
}

const ASKED_NER: Record<string, readonly string[]> = {
  count: ['CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY'],
  date: ['DATE', 'TIME'],
};

function features(p: GateProbe, d: Draft): Record<string, number> {
  const { index, reader } = p.ctx;
  const { u } = p;
  const lens = reader.lens(u);
  const all = evidenceSentences(p, d);
  const top = all[0] ?? null;
  const topLemmas = new Set(top?.lemmas ?? []);
  const quote = d.evidence[0]?.kind === 'quote' ? index.quoteById.get(d.evidence[0].id) : undefined;
  for (const l of quote?.lemmas ?? []) topLemmas.add(l);
  const allLemmas = new Set(all.flatMap((s) => s.lemmas));
  for (const e of d.evidence)
    if (e.kind === 'quote') for (const l of index.quoteById.get(e.id)?.lemmas ?? []) allLemmas.add(l);
  const maxIdf = Math.log(1 + (index.sentences.length + 0.5) / 0.5);
  let total = 0;
  let exactTop = 0;
  let exactAll = 0;
  let relatedTop = 0;
  let relatedOnly = 0;
  let missing = 0;
  let missingMax = 0;
  let unknownWords = 0;
  const seen = new Set<string>();
  const idfs: number[] = [];
  // Each content word's weight and whether the first evidence, and any, says it (in its words or a synonym).
  const said: Array<{ lemma: string; idf: number; top: boolean; all: boolean }> = [];
  for (const lemma of u.content) {
    if (seen.has(lemma)) continue;
    seen.add(lemma);
    const forms = [lemma, `${lemma}s`, ...lens.synonymsOf(lemma)];
    const known = Math.max(...forms.map((f) => index.sentenceBm25.idf(f)), 0);
    if (known === 0) unknownWords++;
    const idf = known || maxIdf * lens.unknownWeight(lemma);
    idfs.push(idf);
    total += idf;
    said.push({
      lemma,
      idf,
      top: forms.some((f) => topLemmas.has(f)) || lens.related(lemma, topLemmas) >= 0.5,
      all: forms.some((f) => allLemmas.has(f)) || lens.related(lemma, allLemmas) >= 0.5,
    });
    if (forms.some((f) => allLemmas.has(f))) exactAll += idf;
    if (forms.some((f) => topLemmas.has(f))) exactTop += idf;
    else {
      const r = lens.related(lemma, topLemmas);
      relatedTop += idf * r;
      if (r > 0) relatedOnly++;
      if (r < 0.5) {
        missing++;
        missingMax = Math.max(missingMax, idf);
      }
    }
  }
  const entityMass = u.entities.length * maxIdf;
  const share = (x: number) => (total > 0 ? x / total : 1);
  const topEntities = new Set(top?.mentions.map((m) => m.entityId) ?? []);
  if (quote?.speakerId) topEntities.add(quote.speakerId);
  const paragraph = top
    ? index.sentences.filter((s) => s.sourceId === top.sourceId && s.paragraph === top.paragraph)
    : [];
  const paraEntities = new Set(paragraph.flatMap((s) => s.mentions.map((m) => m.entityId)));
  const subjInTop =
    u.entities.length === 0 ? 1 : u.entities.filter((e) => topEntities.has(e)).length / u.entities.length;
  const subjInPara =
    u.entities.length === 0
      ? 1
      : u.entities.filter((e) => paraEntities.has(e) || topEntities.has(e)).length / u.entities.length;
  const intent = d.answeredAs;
  const ner = new Set((top?.nerEntities ?? []).map((n) => n.type));
  const askedType =
    intent === 'who'
      ? [...topEntities].some((e) => index.entities.get(e)?.type === 'person') || quote !== undefined
      : ASKED_NER[intent]
        ? (ASKED_NER[intent] ?? []).some((t) => ner.has(t))
        : true;
  // BM25 over whole articles: the margin of the best article over the next.
  const query = new Map<string, number>();
  for (const l of u.content) query.set(l, 1);
  for (const e of u.entities) query.set(ENTITY_TERM + e, 1);
  const [s1, s2] = index.sourceBm25.withScores(query, (score, touched, count) => {
    const xs: number[] = [];
    for (let k = 0; k < count; k++) xs.push(score[touched[k] ?? 0] ?? 0);
    xs.sort((a, b) => b - a);
    return [xs[0] ?? 0, xs[1] ?? 0];
  });
  const byWeight = [...said].sort((a, b) => b.idf - a.idf);
  const predicates = said.filter((w) => u.predicates.includes(w.lemma));
  return {
    confidence: d.confidence,
    rarestInTop: byWeight[0] ? (byWeight[0].top ? 1 : 0) : 1,
    rarestInAll: byWeight[0] ? (byWeight[0].all ? 1 : 0) : 1,
    twoRarestInAll: byWeight.slice(0, 2).filter((w) => w.all).length,
    predicatesInTop: predicates.length === 0 ? 1 : predicates.filter((w) => w.top).length / predicates.length,
    predicatesInAll: predicates.length === 0 ? 1 : predicates.filter((w) => w.all).length / predicates.length,
    exactTopShare: share(exactTop),
    exactAllShare: share(exactAll),
    topShare: share(exactTop + relatedTop),
    relatedOnlyCount: -relatedOnly,
    missingCount: -missing,
    missingMaxShare: -share(missingMax),
    unknownWords: -unknownWords,
    contentWords: seen.size,
    subjInTop,
    subjInPara,
    askedType: askedType ? 1 : 0,
    bm25Margin: s1 > 0 ? (s1 - s2) / s1 : 0,
    evidenceCount: d.evidence.length,
    entityShare: total + entityMass > 0 ? entityMass / (total + entityMass) : 0,
    direct: d.direct ? 1 : 0,
  };
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
