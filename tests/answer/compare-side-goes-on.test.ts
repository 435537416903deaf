/** A comparison side shows the sentence that goes on from one it shows: what that one only announces. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-29');
});

describe('a comparison side whose shown sentence only announces', () => {
  it('shows the next sentence, which tells what the reaction was', async () => {
    const a = await engine.ask(
      "How did Mexico's government and the DEA agent who studied under Montaño differ in their reaction to the ruling?",
      { userId: 'side-goes-on' },
    );
    expect(a.text).toContain('The reaction in Mexico City was immediate.');
    expect(a.text).toContain('"invalid and unacceptable,"');
  });
});
