import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
});

describe('a follow-up naming only a year', () => {
  it('answers "and in 2019?" with that year’s count of what the last question counted', async () => {
    await engine.ask('how many troops did homeland security ask for at the border in 2018', { userId: 'a' });
    const a = await engine.ask('and in 2019?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('15,000');
  });
});
