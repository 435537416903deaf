/**
 * `node --import tsx bench/two-study.ts [ids…]`: DEV two-part questions only: each asked alone, with its
 * answer text, confidence and the eval's verdict. Built knowledge is cached in /tmp/two2-kb.
 */
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { cachedKnowledge } from './cached-knowledge.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { EVAL_SET_NAMES, loadEvalSets } from '../src/eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';

const ids = new Set(process.argv.slice(2));
const runtime = await createRuntime({
  knowledgeDir: KNOWLEDGE_DIR,
  kbPath: KB_PATH,
  store: createStore(null),
});
const names = EVAL_SET_NAMES.filter((n) => n === 'people' || n.startsWith('new-articles'));
const kbOf = cachedKnowledge(runtime, '/tmp/two2-kb');
let right = 0;
let all = 0;
for (const set of await loadEvalSets(names)) {
  const wanted = (i: (typeof set.items)[number]) =>
    i.split === 'dev' && (ids.size > 0 ? ids.has(i.id) : i.kind === 'two-part');
  // Conversations are asked in order, as the eval asks them (held-out turns asked, never shown).
  const talks = new Set(set.items.filter(wanted).map((i) => i.conversation ?? i.id));
  const items = set.items.filter((i) => talks.has(i.conversation ?? i.id));
  if (items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const engine = new AnswerEngine({
    kb,
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
  for (const item of items) {
    const a = await engine.ask(item.q, { userId: `u-${item.conversation ?? item.id}` });
    if (!wanted(item)) continue;
    const verdict = checkAnswer(item, a);
    all++;
    if (verdict.length === 0) right++;
    console.log(
      `=== ${item.id} ${verdict.length === 0 ? 'OK' : 'FAIL'} conf=${a.confidence} answered=${a.answered}: ${item.q}`,
    );
    if (verdict.length > 0) console.log(`  ${JSON.stringify(verdict)}`.slice(0, 400));
    if (process.env.QUIET !== '1')
      console.log(
        a.text
          .split('\n')
          .map((l) => `  | ${l}`)
          .join('\n'),
      );
  }
}
console.log(`right ${right}/${all}`);
