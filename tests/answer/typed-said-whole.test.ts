/**
 * A quotation question the quote handler finds no quotation for, answered by reported speech when the
 * best sentence says the whole question (typed-said-whole.ts). Real text: the Independent's 2019 report in
 * the shipped knowledge, whose "Mr Trump… claimed that the country had agreed to help" quotes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { engineFor } from '../../src/eval/sets.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  engine = engineFor(runtime, runtime.kb);
}, 300_000);

describe('a typed question answered by a sentence that says all of it in other words', () => {
  it('shows what Trump claimed in the words the report gives, without a headline', async () => {
    const a = await engine.ask('What did Trump claim Mexico agreed to in June 2019?', { userId: 'claim' });
    expect(a.answered).toBe(true);
    expect(a.direct).toBeNull();
    expect(a.text).toContain('agreed to help');
  });

  it('still declines what someone said on a subject the report never gives his words on', async () => {
    const a = await engine.ask('what did amlo say about trumps border wall', { userId: 'wall' });
    expect(a.answered).toBe(false);
  });
});
