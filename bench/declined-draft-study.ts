/**
 * `node --import tsx bench/declined-draft-study.ts`: what the engine drafted for the answerable DEV questions
 * it declined for low confidence or no evidence, and for the dev must-decline questions it answered or nearly
 * answered (declined only by the low-confidence check). DEV items of `people` and `new-articles*` only,
 * conversations in order; no held-out set and no test item is read. Per row: the draft's headline and first
 * evidence, its confidence and the features of bench/draft-features.ts, each content word of the question
 * with its weight and whether the evidence says it (in its words, a synonym, or only by related credit), and
 * whether the draft holds the expected words. Knowledge cached in /tmp/conf45-kb; rows in
 * /tmp/conf45-rows.json; the table printed is one line per row, grouped by class.
 */
import { writeFileSync } from 'node:fs';
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import type { Draft } from '../src/answer/handlers.ts';
import type { GateProbe } from '../src/answer/types.ts';
import { checkAnswer, type EvalItem } from '../src/eval/evaluate.ts';
import { EVAL_SET_NAMES, loadEvalSets } from '../src/eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';
import { cachedKnowledge } from './cached-knowledge.ts';
import { features } from './draft-features.ts';
import { coverage, evidenceTerms } from '../src/answer/retrieval.ts';

/**
 * Coverage of the question by the whole article of the draft's first evidence, and by its paragraph: does the
 * draft come from the story the question asks about, whatever its one sentence says?
 */
function storyShares(p: GateProbe, d: Draft): { articleShare: number; paragraphShare: number } {
  const { index, reader } = p.ctx;
  const first = d.evidence[0];
  if (!first) return { articleShare: 0, paragraphShare: 0 };
  const top = index.sentence(index.evidenceSentenceIds(first)[0] ?? '');
  const of = (keep: (s: { sourceId: string; paragraph: number }) => boolean) => {
    const { lemmas, entities } = evidenceTerms(index.sentences.filter((s) => keep(s)));
    for (const q of index.quotes)
      if (q.sourceId === first.sourceId && keep({ sourceId: q.sourceId, paragraph: top?.paragraph ?? -1 }))
        for (const l of q.lemmas) lemmas.add(l);
    return coverage(index, p.u.content, p.u.entities, lemmas, entities, reader.lens(p.u));
  };
  return {
    articleShare: of((s) => s.sourceId === first.sourceId),
    paragraphShare: of((s) => s.sourceId === first.sourceId && s.paragraph === top?.paragraph),
  };
}

interface Word {
  lemma: string;
  share: number;
  /** 'exact' (its words or a synonym), 'related' with the credit, or 'missing'. */
  said: string;
}

interface Row {
  id: string;
  set: string;
  q: string;
  kind: string;
  first: boolean;
  cls:
    | 'declined-answerable'
    | 'must-decline-answered'
    | 'must-decline-under-bar'
    | 'answered-right'
    | 'answered-wrong';
  stage: string;
  failed: string[];
  intent: string;
  direct: string | null;
  evidence: string;
  held: boolean;
  ungatedRight: boolean;
  words: Word[];
  features: Record<string, number>;
}

/** True when the draft's headline and evidence hold one string of every expected group. */
function holdsExpected(item: EvalItem, d: Draft | null): boolean {
  if (!d) return false;
  const text = [d.direct ?? '', d.lead ?? '', ...d.evidence.map((e) => e.text), ...d.lines]
    .join(' ')
    .toLowerCase();
  return (item.expect.all ?? []).every((g) => g.some((alt) => text.includes(alt.toLowerCase())));
}

/** Each content word of the question, its IDF share and how the first evidence sentence says it. */
function wordsSaid(p: GateProbe, d: Draft): Word[] {
  const { index, reader } = p.ctx;
  const lens = reader.lens(p.u);
  const lemmas = new Set<string>();
  for (const e of d.evidence) {
    for (const id of index.evidenceSentenceIds(e))
      for (const l of index.sentence(id)?.lemmas ?? []) lemmas.add(l);
    if (e.kind === 'quote') for (const l of index.quoteById.get(e.id)?.lemmas ?? []) lemmas.add(l);
  }
  const maxIdf = Math.log(1 + (index.sentences.length + 0.5) / 0.5);
  const out: Array<{ lemma: string; idf: number; said: string }> = [];
  for (const lemma of new Set(p.u.content)) {
    const forms = [lemma, `${lemma}s`, ...lens.synonymsOf(lemma)];
    const idf =
      Math.max(...forms.map((f) => index.sentenceBm25.idf(f)), 0) || maxIdf * lens.unknownWeight(lemma);
    const exact = forms.some((f) => lemmas.has(f));
    const r = exact ? 1 : lens.related(lemma, lemmas);
    out.push({ lemma, idf, said: exact ? 'exact' : r > 0 ? `rel${r.toFixed(2)}` : 'missing' });
  }
  const total = out.reduce((s, w) => s + w.idf, 0) || 1;
  return out.map((w) => ({ lemma: w.lemma, share: w.idf / total, said: w.said }));
}

const runtime = await createRuntime({
  knowledgeDir: KNOWLEDGE_DIR,
  kbPath: KB_PATH,
  store: createStore(null),
});
const kbOf = cachedKnowledge(runtime, '/tmp/conf45-kb');
const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
/** `--all`: rows of the answered answerable questions too (for the features of what is shown today). */
const all = process.argv.includes('--all');
const names = EVAL_SET_NAMES.filter(
  (n) => (n === 'people' || n.startsWith('new-articles')) && (!only || n === only),
);
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
    const answer = await asked.ask(item.q, {
      userId,
      trace: (s) => (stage = s),
      probe: (p) => (probe ??= p),
    });
    const open = await ungated.ask(item.q, { userId, skipGates: ['low-confidence'] });
    if (item.expect.intent_only) continue;
    const p = probe as GateProbe | null;
    const decline = item.expect.decline === true;
    const cls = decline
      ? answer.answered
        ? 'must-decline-answered'
        : stage === 'low-confidence'
          ? 'must-decline-under-bar'
          : null
      : !answer.answered && (stage === 'low-confidence' || stage === 'no-evidence')
        ? 'declined-answerable'
        : answer.answered
          ? checkAnswer(item, answer).length === 0
            ? 'answered-right'
            : 'answered-wrong'
          : null;
    if (!cls || (all === false && cls.startsWith('answered'))) continue;
    const d = p?.draft ?? null;
    rows.push({
      id: item.id,
      set: set.name,
      q: item.q,
      kind: item.kind ?? 'plain',
      first,
      cls,
      stage: answer.answered ? 'answered' : stage,
      failed: p?.failed ?? [],
      intent: d?.answeredAs ?? answer.answeredAs ?? '',
      direct: d?.direct ?? null,
      evidence: d?.evidence[0]?.text.slice(0, 160) ?? '',
      held: holdsExpected(item, d),
      ungatedRight: !decline && checkAnswer(item, open).length === 0,
      words: p && d ? wordsSaid(p, d) : [],
      features: p && d ? { ...features(p, d), ...storyShares(p, d) } : {},
    });
  }
}

writeFileSync('/tmp/conf45-rows.json', JSON.stringify(rows));
for (const cls of ['declined-answerable', 'must-decline-answered', 'must-decline-under-bar'] as const) {
  const of = rows.filter((r) => r.cls === cls);
  console.log(`\n## ${cls}: ${of.length} (draft holds expected ${of.filter((r) => r.held).length})`);
  for (const r of of) {
    const c = r.features['confidence'];
    const words = r.words.map((w) => `${w.lemma}:${w.share.toFixed(2)}:${w.said}`).join(' ');
    console.log(
      `${r.id} [${r.stage} ${r.intent} ${c === undefined ? '-' : c.toFixed(2)}${r.held ? ' HELD' : ''}${r.ungatedRight ? ' RIGHT' : ''}] ${r.q}\n    direct=${r.direct ?? '-'} | ${r.evidence}\n    ${words}\n    failed=${r.failed.join(',')}`,
    );
  }
}
