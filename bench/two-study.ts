/**
 * `node --import tsx bench/two-study.ts [ids…]`: DEV two-part questions only: each asked alone, with its
 * answer text, confidence and the eval's verdict. Built knowledge is cached in /tmp/two2-kb.
 */
import { checkAnswer } from '../src/eval/evaluate.ts';
import { studyDevConversations } from './dev-conversations.ts';

const ids = new Set(process.argv.slice(2));
let right = 0;
let all = 0;
await studyDevConversations(
  '/tmp/two2-kb',
  (i) => (ids.size > 0 ? ids.has(i.id) : i.kind === 'two-part'),
  ({ item, answer: a }) => {
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
  },
);
console.log(`right ${right}/${all}`);
