/** `node bench/dev-verdicts-diff.ts A.json B.json`: the dev turns whose verdict differs between two runs. */
import { readFileSync } from 'node:fs';
type Row = {
  id: string;
  q: string;
  decline: boolean;
  answered: boolean;
  right: boolean;
  stage: string;
  problems: string[];
};
const [a, b] = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f!, 'utf8')) as Row[]);
const before = new Map(a!.map((r) => [r.id, r]));
const sum = (rows: Row[]) => ({
  right: rows.filter((r) => r.right).length,
  answerableDeclined: rows.filter((r) => !r.decline && !r.answered).length,
  mustDeclineAnswered: rows.filter((r) => r.decline && r.answered).length,
});
console.log('before', sum(a!), 'after', sum(b!));
for (const r of b!) {
  const o = before.get(r.id);
  if (!o || (o.right === r.right && o.answered === r.answered)) continue;
  console.log(
    `${o.right ? 'LOST' : r.right ? 'GAIN' : 'CHG '} ${r.id} ${r.decline ? '[must-decline] ' : ''}${o.answered ? 'ans' : 'dec:' + o.stage} -> ${r.answered ? 'ans' : 'dec:' + r.stage} | ${r.q}\n      ${r.problems.join('; ')}`,
  );
}
