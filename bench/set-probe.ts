/**
 * `node --import tsx bench/set-probe.ts SET [ID…]` (issue #8): every DEV item of one eval set (never a test
 * item), asked in order with conversations kept: the stage that declined it, the question as read, the checks
 * its draft failed, the answer's head and the rank of the first sentence carrying a gold string.
 */
import { rankSentences } from '../src/answer/retrieval.ts';
import type { GateProbe } from '../src/answer/types.ts';
import { devSetEngine } from './probed-turns.ts';

const [setName, ...ids] = process.argv.slice(2);
const { set, engine } = await devSetEngine('/tmp/set-probe-kb', setName, 'set-probe');
const gold = (text: string, all: string[][]) =>
  all.some((g) => g.some((s) => text.toLowerCase().includes(s.toLowerCase())));
for (const item of set.items) {
  if (ids.length > 0 && !ids.includes(item.id) && !(item.conversation && ids.includes(item.conversation)))
    continue;
  let stage = '';
  let probe: GateProbe | null = null;
  const r = await engine.ask(item.q, {
    userId: item.conversation ?? item.id,
    trace: (s) => (stage = s),
    probe: (p) => (probe ??= p),
  });
  const p = probe as GateProbe | null;
  const all = item.expect.all ?? [];
  let rank = -1;
  let goldText = '';
  if (p) {
    const ranked = rankSentences(p.ctx.index, p.u.terms, { limit: 80 });
    rank = ranked.findIndex((x) => gold(x.sentence.text, all));
    goldText = rank >= 0 ? (ranked[rank]?.sentence.text ?? '') : '';
  }
  console.log(`== ${item.id} [${item.kind}] ${item.q}`);
  console.log(`   expect ${JSON.stringify(item.expect).slice(0, 300)}`);
  console.log(
    `   stage=${stage} answered=${r.answered} conf=${(r as { confidence?: number }).confidence ?? ''}`,
  );
  if (p) {
    console.log(
      `   intent=${p.u.intent} content=${JSON.stringify(p.u.content)} ents=${JSON.stringify(p.u.entities).slice(0, 200)} unknown=${JSON.stringify(p.u.unknownSubjects)} failed=${p.failed.join(',')}`,
    );
    console.log(
      `   draft=${p.draft ? `conf=${p.draft.confidence.toFixed(2)} ev0=${p.draft.evidence[0]?.text.slice(0, 160)}` : 'none'}`,
    );
  }
  console.log(`   goldRank=${rank} ${goldText.slice(0, 200)}`);
  console.log(`   text=${(r as { text?: string }).text?.slice(0, 300).replace(/\n/g, ' | ')}`);
}
