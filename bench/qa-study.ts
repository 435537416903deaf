/**
 * `node --import tsx bench/qa-study.ts`: DEV questions only (never a held-out one) whose expected source is a
 * transcript or interview: for each the engine does not answer right, the gold sentence, whether it opens an
 * answer turn after a question turn, where it ranks, and the question turn before it.
 */
import { studyTools } from './probed-turns.ts';
import { conversationsHolding, devStudy, goldSentences } from './cached-knowledge.ts';
import { rankOptions } from '../src/answer/handlers.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';

const { runtime, sets, kbOf } = await devStudy(process.env.CACHE ?? '/tmp/qa29/kb');
const TURN = /^\s*(?:[A-Z][A-Z.'’ -]+(?:\([^)]*\))?|[QA])\s*:/;
let n = 0;
for (const set of sets) {
  const kb = await kbOf(set.knowledge);
  const turnSources = new Set(
    kb.sentences.filter((s) => s.position === 1 && TURN.test(s.text)).map((s) => s.sourceId),
  );
  const wanted = (i: (typeof set.items)[number]) =>
    !i.expect.decline && !i.expect.intent_only && (i.expect.sources ?? []).some((s) => turnSources.has(s));
  const items = conversationsHolding(set.items, wanted);
  if (items.length === 0) continue;
  const { index, reader, ctx, engine } = studyTools(runtime, kb);
  for (const item of items) {
    let stage = '';
    const answer = await engine.ask(item.q, {
      userId: item.conversation ?? item.id,
      trace: (s) => (stage = s),
    });
    if (!wanted(item)) continue;
    if (checkAnswer(item, answer).length === 0) continue;
    n++;
    const gold = goldSentences(kb, item);
    const u = reader.read(item.q);
    const order = rankSentences(index, u.terms, rankOptions(u, ctx, { limit: 60 })).map((r) =>
      index.sentenceIndex.get(r.sentence.id)!,
    );
    const k = order.findIndex((i) => gold.includes(i));
    const g = gold[0] !== undefined ? kb.sentences[k >= 0 ? order[k]! : gold[0]]! : null;
    console.log(
      `${set.name} ${item.id} ${answer.answered ? 'wrong' : 'declined:' + stage} conf=${answer.confidence.toFixed(2)} Q: ${item.q.slice(0, 150)}`,
    );
    if (answer.answered) console.log(`   A: ${answer.direct} | ${answer.evidence[0]?.text.slice(0, 140)}`);
    if (!g) {
      console.log('   (no gold)');
      continue;
    }
    const gi = index.sentenceIndex.get(g.id)!;
    const prev = kb.sentences[gi - 1];
    const opens = g.position === 1 && TURN.test(g.text);
    console.log(`   gold rank=${k < 0 ? '>60' : k + 1} turn-opener=${opens} G: ${g.text.slice(0, 160)}`);
    if (prev) console.log(`   before: ${prev.text.slice(0, 160)}`);
  }
}
console.log('failures', n);
