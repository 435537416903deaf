/**
 * The options a developer's study asks with (bench/conf-study.ts): `probe` is told the draft the checks
 * judged and every check it fails; `skipGates` leaves checks out, to see what would be shown without them
 * (bench/gate-study.ts leaves out the unknown-subject check too).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { DeclineStage, GateProbe } from '../../src/answer/types.ts';
import { engineFor } from '../../src/eval/sets.ts';
import { shippedRuntime } from './setup.ts';

// A casual question whose best draft in the shipped coverage is under the confidence bar (it names no country).
const QUESTION = 'what country did the caravan bust thru from';

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  engine = engineFor(runtime, runtime.kb);
}, 120_000);

describe('options for studies of the checks', () => {
  it('tells a study the draft the low-confidence check declined and the checks it failed', async () => {
    let stage: DeclineStage | null = null;
    let probe: GateProbe | null = null;
    const a = await engine.ask(QUESTION, {
      userId: 'probe',
      trace: (s) => (stage = s),
      probe: (p) => (probe ??= p),
    });
    expect(a.answered).toBe(false);
    expect(stage).toBe('low-confidence');
    const p = probe as GateProbe | null;
    expect(p?.draft?.evidence.length).toBeGreaterThan(0);
    expect(p?.failed).toContain('low-confidence');
  });

  it('shows what would be answered without the checks a study leaves out', async () => {
    const a = await engine.ask(QUESTION, { userId: 'ungated', skipGates: ['low-confidence'] });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('caravan');
  });

  it('reads past an unknown subject only when a study leaves that check out', async () => {
    const asked = 'What did Pete Hegseth say about the troops at the border?';
    let stage: DeclineStage | null = null;
    const a = await engine.ask(asked, { userId: 'subject', trace: (s) => (stage = s) });
    expect(a.answered).toBe(false);
    expect(stage).toBe('unknown-subject');
    let past: DeclineStage | null = null;
    let probe: GateProbe | null = null;
    await engine.ask(asked, {
      userId: 'subjectless',
      skipGates: ['unknown-subject'],
      trace: (s) => (past = s),
      probe: (p) => (probe ??= p),
    });
    expect(past).not.toBe('unknown-subject');
    expect((probe as GateProbe | null)?.u.unknownSubjects.length).toBeGreaterThan(0);
  });
});
