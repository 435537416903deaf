/**
 * `node --import tsx bench/dev-verdicts.ts OUT.json`: every DEV turn of `people` and `new-articles*` (never a
 * test item), conversations in order, asked as the bot asks it: whether it was answered, right by the eval's
 * checker, and the gate that declined it. Two runs compared tell what a change did on dev alone, in a minute.
 */
import { writeFileSync } from 'node:fs';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { askProbedTurns } from './probed-turns.ts';

const out = process.argv[2] ?? '/tmp/dev-verdicts.json';
const rows: object[] = [];
await askProbedTurns('/tmp/conf1-kb', ({ set, item, answer: a, stage }) => {
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
});
writeFileSync(out, JSON.stringify(rows, null, 1));
