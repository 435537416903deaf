/**
 * `node --import tsx bench/two-story-study.ts [ids…]`: DEV two-part questions the engine fails, asked in their
 * conversations: for each part, the articles its evidence comes from, against the item's expected article and
 * the article of the part before. Knowledge cached in $CACHE (default /tmp/two45-kb).
 */
import { checkAnswer } from '../src/eval/evaluate.ts';
import { studyDevConversations } from './dev-conversations.ts';

const ids = new Set(process.argv.slice(2));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
let all = 0;
let failed = 0;
const tally = new Map<string, number>();
await studyDevConversations(
  process.env.CACHE ?? '/tmp/two45-kb',
  (i) => (ids.size > 0 ? ids.has(i.id) : i.kind === 'two-part'),
  ({ item, answer: a, stage }) => {
    all++;
    const verdict = checkAnswer(item, a);
    if (verdict.length === 0 && ids.size === 0) return;
    failed++;
    const segments = a.text.split(/\n\n(?=-# )/);
    const want = item.expect.sources ?? [];
    const partSources = segments.map((seg) => {
      const s = norm(seg.replace(/\\/g, ''));
      return [
        ...new Set(a.evidence.filter((e) => s.includes(norm(e.text).slice(0, 60))).map((e) => e.sourceId)),
      ];
    });
    const label = partSources
      .map((ps) => (ps.length === 0 ? 'none' : ps.some((p) => want.includes(p)) ? 'right' : 'other'))
      .join('+');
    tally.set(label, (tally.get(label) ?? 0) + 1);
    console.log(`=== ${item.id} [${label}] ${stage}: ${item.q}`);
    console.log(`  verdict ${JSON.stringify(verdict).slice(0, 300)}`);
    console.log(`  want ${want.join(',')}`);
    for (const [i, seg] of segments.entries())
      console.log(
        `  part ${i + 1} from ${partSources[i]?.join(',') || '-'}\n    ${seg.split('\n').slice(0, 4).join(' / ').slice(0, 400)}`,
      );
  },
);
console.log(`\n${failed} of ${all} shown; by part (right article / other / none):`);
for (const [k, v] of [...tally].sort((x, y) => y[1] - x[1])) console.log(`  ${k}: ${v}`);
