/**
 * `node --import tsx bench/noev-study.ts` (issue #8, item 2): every DEV answerable turn of `people` and
 * `new-articles*` declined by the no-evidence or unknown-subject gate (never a test item): the question as
 * read, where the first sentence saying a gold string ranks by the question's words, and what the plain
 * explain handler would draft. Rows to /tmp/noev-rows.json.
 */
import { writeFileSync } from 'node:fs';
import Keyv from 'keyv';
import { AnswerEngine } from '../src/answer/engine.ts';
import { answerExplain } from '../src/answer/explain.ts';
import { dispatch } from '../src/answer/dispatch.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import type { GateProbe } from '../src/answer/types.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { devStudy } from './cached-knowledge.ts';

const { runtime, sets, kbOf } = await devStudy('/tmp/conf1-kb');
const rows: object[] = [];
const gold = (text: string, all: string[][]) =>
  all.some((g) => g.some((s) => text.toLowerCase().includes(s.toLowerCase())));
for (const set of sets) {
  if (set.items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const make = () =>
    new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
  const asked = make();
  const open = make();
  for (const item of set.items) {
    if (item.expect.intent_only) continue;
    const userId = item.conversation ?? item.id;
    let stage: string = '';
    let probe: GateProbe | null = null;
    const shown = await asked.ask(item.q, { userId, trace: (s) => (stage = s), probe: (p) => (probe ??= p) });
    let oprobe: GateProbe | null = null;
    let ostage = '';
    const opened = await open.ask(item.q, {
      userId,
      skipGates: ['unknown-subject'],
      trace: (s) => (ostage = s),
      probe: (p) => (oprobe ??= p),
    });
    if (item.expect.decline || shown.answered) continue;
    if (stage !== 'no-evidence' && stage !== 'unknown-subject') continue;
    const p = (probe ?? oprobe) as GateProbe | null;
    const all = item.expect.all ?? [];
    let rank = -1;
    let goldText = '';
    let explain: object | null = null;
    let asWhat: object | null = null;
    if (p) {
      const ranked = rankSentences(p.ctx.index, p.u.terms, { limit: 60 });
      rank = ranked.findIndex((r) => gold(r.sentence.text, all));
      goldText = rank >= 0 ? (ranked[rank]?.sentence.text ?? '') : '';
      const e = answerExplain(p.u, p.ctx, 'what');
      explain = e
        ? {
            conf: +e.confidence.toFixed(2),
            gold: gold(e.evidence.map((x) => x.text).join(' '), all),
            top: e.evidence[0]?.text.slice(0, 160),
          }
        : null;
      const w = p.u.intent && p.u.intent !== 'what' ? dispatch('what', p.u, p.ctx, []) : null;
      asWhat = w
        ? { conf: +w.confidence.toFixed(2), gold: gold(w.evidence.map((x) => x.text).join(' '), all) }
        : null;
    }
    rows.push({
      set: set.name,
      id: item.id,
      q: item.q,
      kind: item.kind ?? 'plain',
      conv: item.conversation ?? null,
      stage,
      intent: p?.u.intent ?? null,
      unknown: p?.u.unknownSubjects ?? [],
      content: p?.u.content ?? [],
      entities: p?.u.entities ?? [],
      all,
      rank,
      goldText: goldText.slice(0, 200),
      explain,
      asWhat,
      openStage: ostage,
      openAnswered: opened.answered,
      openRight: checkAnswer(item, opened).length === 0,
      openDraft: (oprobe as GateProbe | null)?.draft
        ? +(oprobe as unknown as GateProbe).draft!.confidence.toFixed(2)
        : null,
    });
  }
  console.log(set.name, rows.length);
}
writeFileSync('/tmp/noev-rows.json', JSON.stringify(rows, null, 1));
