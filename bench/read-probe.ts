/**
 * `node --import tsx bench/read-probe.ts SET "question"…` (issue #8): how each question, typed by the
 * developer, is read against one eval set's knowledge (never its items), which gate declines it, and what is
 * drafted with the subject, evidence and confidence gates skipped.
 */
import type { GateProbe } from '../src/answer/types.ts';
import { devSetEngine } from './probed-turns.ts';

const [setName, ...qs] = process.argv.slice(2);
const { engine } = await devSetEngine('/tmp/set-probe-kb', setName, 'read-probe');
for (const q of qs) {
  const r = engine.read(q);
  console.log(
    `== ${q}\n   ${JSON.stringify({ intent: r.intent, entities: r.entities, content: r.content, unknown: r.unknown, unknownSubjects: r.unknownSubjects })}`,
  );
  let gated = '';
  const plain = await engine.ask(q, { userId: 'y' + Math.random(), trace: (s) => (gated = s) });
  console.log(`   gated: stage=${gated} answered=${plain.answered}`);
  let stage = '';
  let probe: GateProbe | null = null;
  const a = await engine.ask(q, {
    userId: 'x' + Math.random(),
    trace: (s) => (stage = s),
    probe: (p) => (probe ??= p),
    skipGates: ['unknown-subject', 'no-evidence', 'low-confidence'],
  });
  const p = probe as GateProbe | null;
  console.log(
    `   stage=${stage} failed=${p?.failed.join(',')} conf=${p?.draft?.confidence.toFixed(2)} text=${(a as { text?: string }).text?.slice(0, 400).replace(/\n/g, ' | ')}`,
  );
}
