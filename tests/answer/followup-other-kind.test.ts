/**
 * A follow-up asking another kind of thing than the last turn ("what were they up to?" after "how many?") is
 * answered by its best evidence though the last answer showed it: the repeat check leaves shown sentences out
 * only of a follow-up asking the same kind again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
});

describe('a follow-up of another kind than the last turn', () => {
  it('shows the sentence the last answer showed when it answers the new question', async () => {
    const user = { userId: 'followup-other-kind-1' };
    await engine.ask('how many active-duty troops did homeland security request in 2018?', user);
    const count = await engine.ask('and national guard troops?', user);
    expect(count.text).toContain('support role');
    const what = await engine.ask('what were they up to?', user);
    expect(what.answered).toBe(true);
    expect(what.text).toContain('support role');
  });

  it('shows the origin the answer to "who" showed when asked where they came from', async () => {
    const user = { userId: 'followup-other-kind-2' };
    await engine.ask('how large was the 2018 caravan of migrants?', user);
    const who = await engine.ask('who gave that estimate?', user);
    expect(who.text).toContain('Honduras');
    const where = await engine.ask('where did most of them come from?', user);
    expect(where.answered).toBe(true);
    expect(where.text).toContain('Honduras');
  });
});
