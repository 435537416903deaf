/**
 * `node --import tsx bench/typed-fallback-study.ts` (issue #8, item 2): every DEV turn of `people` and
 * `new-articles*` (never a test item) declined for no evidence, answerable or must-decline: the draft the
 * plain explain handler would give it, its confidence, that of its first sentence alone (`c0`), the kinds of
 * thing each evidence holds (N a figure, D a date, q a quotation in the sentence, Q a quotation) and whether
 * it holds the gold strings. Calibrates typed-said-whole.ts; findings in docs/noev-study.md.
 */
import Keyv from 'keyv';
import { AnswerEngine } from '../src/answer/engine.ts';
import { answerExplain } from '../src/answer/explain.ts';
import { confidenceOf } from '../src/answer/handlers.ts';
import type { GateProbe } from '../src/answer/types.ts';
import { devStudy } from './cached-knowledge.ts';
const { runtime, sets, kbOf } = await devStudy('/tmp/conf1-kb');
const gold = (text: string, all: string[][]) =>
  all.length > 0 && all.every((g) => g.some((s) => text.toLowerCase().includes(s.toLowerCase())));
for (const set of sets) {
  const kb = await kbOf(set.knowledge);
  const e = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
  for (const item of set.items) {
    if (item.expect.intent_only) continue;
    let stage: string = '';
    let p: GateProbe | null = null;
    await e.ask(item.q, {
      userId: item.conversation ?? item.id,
      trace: (s) => (stage = s),
      probe: (x) => (p ??= x),
    });
    if (stage !== 'no-evidence' || !p) continue;
    const pr = p as GateProbe;
    const d = answerExplain(pr.u, pr.ctx, 'what');
    if (!d) {
      console.log(
        `${item.expect.decline ? 'MD' : 'AN'} ${set.name}/${item.id} intent=${pr.u.intent} NULL | ${item.q}`,
      );
      continue;
    }
    const idx = pr.ctx.index;
    const first = d.evidence[0];
    const kinds = d.evidence
      .map((x) =>
        x.kind === 'quote'
          ? 'Q'
          : (idx.numbersBySentence.has(x.id) ? 'N' : '') +
              (idx.datesBySentence.has(x.id) ? 'D' : '') +
              (idx.quotesBySentence.has(x.id) ? 'q' : '') || '-',
      )
      .join(',');
    const s0 = first && first.kind === 'sentence' ? idx.sentence(first.id) : null;
    const c0 = s0 ? confidenceOf(pr.u, pr.ctx, [s0]) : -1;
    console.log(
      `${item.expect.decline ? 'MD' : 'AN'} ${set.name}/${item.id} intent=${pr.u.intent} conf=${d.confidence.toFixed(2)} c0=${c0.toFixed(2)} n=${d.evidence.length} kinds=${kinds} unk=${pr.u.unknown.join('/')} gold=${gold(d.evidence.map((x) => x.text).join(' '), item.expect.all ?? [])} | ${item.q}`,
    );
  }
}
