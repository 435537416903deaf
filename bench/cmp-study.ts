/**
 * `node --import tsx bench/cmp-study.ts`: DEV comparison questions only, asked in order with their conversations,
 * each failing one printed with what the eval misses and the answer (IDS=a34-007,a34-028: those dev items
 * instead, whatever their kind; ALL=1: passing ones too). Built knowledge is cached in /tmp/cmp19-kb (delete it
 * after a pipeline change).
 */
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { cachedKnowledge } from './cached-knowledge.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { EVAL_SET_NAMES, loadEvalSets } from '../src/eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';

const IDS = new Set((process.env.IDS ?? '').split(',').filter(Boolean));
const ALL = process.env.ALL === '1';
const runtime = await createRuntime({
  knowledgeDir: KNOWLEDGE_DIR,
  kbPath: KB_PATH,
  store: createStore(null),
});
const names = EVAL_SET_NAMES.filter((n) => n === 'people' || n.startsWith('new-articles'));
const sets = (await loadEvalSets(names)).map((s) => ({
  ...s,
  items: s.items.filter((i) => i.split === 'dev'),
}));
const kbOf = cachedKnowledge(runtime, '/tmp/cmp19-kb');
let right = 0,
  total = 0;
for (const set of sets) {
  const wanted = (i: (typeof set.items)[number]) =>
    IDS.size > 0 ? IDS.has(i.id) : (i.kind ?? '') === 'comparison';
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
    let stage = '';
    const answer = await engine.ask(item.q, {
      userId: item.conversation ?? item.id,
      trace: (s) => (stage = s),
    });
    if (!wanted(item)) continue;
    const fails = checkAnswer(item, answer);
    total++;
    if (fails.length === 0) right++;
    if (fails.length === 0 && !ALL && IDS.size === 0) continue;
    console.log(
      `${item.id} ${fails.length ? 'FAIL' : 'ok'} conf=${answer.confidence.toFixed(2)} ${stage}\n  Q: ${item.q}\n  ${fails.join('; ')}`,
    );
    console.log('  A: ' + answer.text.replace(/\n/g, '\n     ').slice(0, 1400));
  }
}
console.log(`right ${right}/${total}`);
