/**
 * `node --import tsx bench/dev-verdicts.ts OUT.json`: every DEV turn of `people` and `new-articles*` (never a
 * test item), conversations in order, asked as the bot asks it: whether it was answered, right by the eval's
 * checker, and the gate that declined it. Two runs compared tell what a change did on dev alone, in a minute.
 */
import { writeFileSync } from 'node:fs';
import Keyv from 'keyv';
import { AnswerEngine } from '../src/answer/engine.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { devStudy } from './cached-knowledge.ts';

const out = process.argv[2] ?? '/tmp/dev-verdicts.json';
const { runtime, sets, kbOf } = await devStudy('/tmp/conf1-kb');
const rows: object[] = [];
for (const set of sets) {
  if (set.items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const engine = new AnswerEngine({
    kb,
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
  for (const item of set.items) {
    if (item.expect.intent_only) continue;
    let stage: string = '';
    const a = await engine.ask(item.q, { userId: item.conversation ?? item.id, trace: (s) => (stage = s) });
    const problems = checkAnswer(item, a);
    rows.push({
      id: `${set.name}/${item.id}`,
      q: item.q,
      decline: item.expect.decline === true,
      answered: a.answered,
      right: problems.length === 0,
      stage,
      problems,
    });
  }
}
writeFileSync(out, JSON.stringify(rows, null, 1));
