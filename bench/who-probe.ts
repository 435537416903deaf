/** `SET=… node --import tsx bench/who-probe.ts "question"`: per sentence of the best-ranked article, the asked role's filler and the coverage. */
import Keyv from 'keyv';
import { devStudy } from './cached-knowledge.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { agentIn } from '../src/answer/agent.ts';
import { askedPredicates } from '../src/answer/who-predicates.ts';
import { confidenceOf, rankOptions } from '../src/answer/handlers.ts';
import { KnowledgeIndex } from '../src/answer/knowledge-index.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import type { GateProbe } from '../src/answer/types.ts';

const { runtime, sets, kbOf } = await devStudy(process.env.CACHE ?? '/tmp/who21-kb');
const set = sets.find((s) => s.name === (process.env.SET ?? 'people'));
if (!set) throw new Error('who-probe: unknown SET');
const kb = await kbOf(set.knowledge);
const index = new KnowledgeIndex(kb);
const engine = new AnswerEngine({
  kb,
  nlp: runtime.questionNlp,
  data: runtime.engineData,
  store: new Keyv(),
});
for (const q of process.argv.slice(2)) {
  let probe: GateProbe | null = null;
  await engine.ask(q, { userId: 'x', probe: (p) => (probe ??= p) });
  const p = probe as GateProbe | null;
  if (!p) continue;
  const { u, ctx } = p;
  const asked = askedPredicates(u);
  const ranked = rankSentences(index, u.terms, rankOptions(u, ctx, { limit: 40 }));
  console.log(
    `Q: ${q}\n asked=${asked} terms=${[...u.terms].map(([t, w]) => `${t}:${w.toFixed(2)}`).join(' ')}`,
  );
  const cand = (id: string) => {
    const e = index.entities.get(id);
    return !!e && (e.type === 'person' || e.type === 'organisation') && !u.entities.includes(id);
  };
  ranked.slice(0, 40).forEach((r, k) => {
    const a = agentIn(ctx, r.sentence, asked, cand);
    console.log(
      `  #${k + 1} ${r.score.toFixed(2)} ${r.sentence.sourceId.slice(0, 20)} agent=${a ?? '-'} conf=${confidenceOf(u, ctx, [r.sentence]).toFixed(2)} | ${r.sentence.text.slice(0, 110)}`,
    );
  });
}
