import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
});

describe('the next-best passage of the same article', () => {
  it('is shown beside a best passage that needs the sentence before it for its pronoun', async () => {
    // The best passage is "Her remarks to supporters in eastern Mexico…", shown after the sentence naming
    // her; the applause is in the next-best.
    const a = await engine.ask(
      'How did the crowd react when Sheinbaum said Mexico would never accept US troops?',
      { userId: 'second-passage-1' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('applause');
  });
});
