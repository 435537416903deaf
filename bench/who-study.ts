/**
 * `node --import tsx bench/who-study.ts`: DEV who-questions that fail, each with where the gold sentence (the
 * one holding the most expected phrases) ranks for the question's terms, what the asked predicates are, which
 * entity agentIn finds in the gold sentence, and what was shown in bold. Built knowledge is cached in CACHE
 * (default /tmp/who21-kb). SETS narrows the sets (comma list).
 */
import Keyv from 'keyv';
import { conversationsHolding, devStudy, goldSentences } from './cached-knowledge.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { agentIn } from '../src/answer/agent.ts';
import { askedPredicates } from '../src/answer/who-predicates.ts';
import { rankOptions, type Context } from '../src/answer/handlers.ts';
import { KnowledgeIndex } from '../src/answer/knowledge-index.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import type { GateProbe } from '../src/answer/types.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';

const CACHE = process.env.CACHE ?? '/tmp/who21-kb';
const SETS = process.env.SETS ? new Set(process.env.SETS.split(',')) : null;
const ALL = process.env.ALL === '1';
const { runtime, sets, kbOf } = await devStudy(CACHE);
for (const set of sets) {
  if (SETS && !SETS.has(set.name)) continue;
  const wanted = (i: (typeof set.items)[number]) =>
    i.intent === 'who' && !i.expect.decline && !i.expect.intent_only;
  const items = conversationsHolding(set.items, wanted);
  if (items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const index = new KnowledgeIndex(kb);
  const engine = new AnswerEngine({
    kb,
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
  for (const item of items) {
    let stage = '';
    let probe: GateProbe | null = null;
    const answer = await engine.ask(item.q, {
      userId: item.conversation ?? item.id,
      trace: (s) => (stage = s),
      probe: (p) => (probe ??= p),
    });
    if (!wanted(item)) continue;
    const problems = checkAnswer(item, answer);
    if (problems.length === 0 && !ALL) continue;
    const p = probe as GateProbe | null;
    const gold = goldSentences(kb, item).map((i) => kb.sentences[i]!);
    const goldIds = new Set(gold.map((s) => s.id));
    let rank = -1;
    let asked: string[] = [];
    const agents: string[] = [];
    if (p) {
      const ctx: Context = p.ctx;
      const order = rankSentences(index, p.u.terms, rankOptions(p.u, ctx, { limit: 1000 }));
      rank = order.findIndex((r) => goldIds.has(r.sentence.id));
      asked = askedPredicates(p.u);
      const cand = (id: string) => {
        const e = index.entities.get(id);
        return !!e && (e.type === 'person' || e.type === 'organisation') && !p.u.entities.includes(id);
      };
      for (const g of gold.slice(0, 3)) agents.push(agentIn(ctx, g, asked, cand) ?? '-');
    }
    console.log(
      `${set.name} ${item.id} [${item.kind ?? 'plain'} conf ${answer.confidence.toFixed(2)}${answer.answered ? '' : ` declined:${stage || 'other'}`}] ${problems.length === 0 ? 'OK' : 'FAIL'} gold-rank=${rank < 0 ? '-' : rank + 1}`,
    );
    console.log(`   Q: ${item.q}`);
    if (p) console.log(`   read: ${p.u.text} | asked=${asked.join(',')} entities=${p.u.entities.join(',')}`);
    console.log(`   bold: ${answer.direct ?? '-'} | agentIn(gold)=${agents.join(',')}`);
    for (const g of gold.slice(0, 2)) console.log(`   gold: ${g.text.slice(0, 260)}`);
    const shown = answer.sentenceIds[0] ? index.sentence(answer.sentenceIds[0]) : null;
    if (shown && !goldIds.has(shown.id)) console.log(`   shown: ${shown.text.slice(0, 200)}`);
    console.log(`   ${problems.join('; ')}`);
  }
}
