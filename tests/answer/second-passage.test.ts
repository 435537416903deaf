import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
let engine: AnswerEngine;

beforeAll(async () => {
  runtime = await shippedRuntime();
  engine = runtime.engine;
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

  it('is shown, a little weaker, when it says a word the question asks with', async () => {
    const veterans = await fixtureEngine(runtime, 'articles-8');
    const a = await veterans.ask(
      "My abuelo in Weslaco always talked about 'el año del general' when la migra picked up his brother and sent him to Monterrey, and my tía swears it was the army that did it. Now with Trump talking about using the Guard for deportations I got curious. Who actually ran that thing in 1954, and was it soldiers or not?",
      { userId: 'second-passage-3' },
    );
    expect(a.text).toContain('instead of sending troops');
  });
});
