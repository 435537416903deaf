/**
 * `node --import tsx bench/cmp-study.ts`: DEV comparison questions only, asked in order with their conversations,
 * each failing one printed with what the eval misses and the answer (IDS=a34-007,a34-028: those dev items
 * instead, whatever their kind; ALL=1: passing ones too). Built knowledge is cached in /tmp/cmp19-kb (delete it
 * after a pipeline change).
 */
import { checkAnswer } from '../src/eval/evaluate.ts';
import { studyDevConversations } from './dev-conversations.ts';

const IDS = new Set((process.env.IDS ?? '').split(',').filter(Boolean));
const ALL = process.env.ALL === '1';
let right = 0,
  total = 0;
await studyDevConversations(
  process.env.CACHE ?? '/tmp/cmp19-kb',
  (i) => (IDS.size > 0 ? IDS.has(i.id) : (i.kind ?? '') === 'comparison'),
  ({ item, answer, stage }) => {
    const fails = checkAnswer(item, answer);
    total++;
    if (fails.length === 0) right++;
    if (fails.length === 0 && !ALL && IDS.size === 0) return;
    console.log(
      `${item.id} ${fails.length ? 'FAIL' : 'ok'} conf=${answer.confidence.toFixed(2)} ${stage}\n  Q: ${item.q}\n  ${fails.join('; ')}`,
    );
    console.log('  A: ' + answer.text.replace(/\n/g, '\n     ').slice(0, 1400));
  },
);
console.log(`right ${right}/${total}`);
