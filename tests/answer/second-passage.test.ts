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

  it('is not one the last answer just showed, but the next that is new', async () => {
    const user = { userId: 'second-passage-2' };
    await engine.ask('what did trump actually tweet about the caravan in oct 2018', user);
    await engine.ask('when did he tweet it', user);
    const a = await engine.ask('why was immigration such a big deal for him then', user);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('midterm');
  });
});
