/** Follow-ups about the last answer itself: whom it credits, how big the group it was about is, and more of it. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-credit-${++user}` });

beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
});

describe('"who counted them", "who broke the story" after an answer', () => {
  it('names whoever the answer says put the figure ("estimated by the United Nations")', async () => {
    const who = fresh();
    expect((await engine.ask('how big was the migrant caravan', who)).text).toContain('7,000');
    const a = await engine.ask('who counted that', who);
    expect(a.intent).toBe('followup');
    expect(a.direct).toBe('United Nations');
  });

  it('names the agency the answer\'s article credits, even a few sentences away ("according to AFP")', async () => {
    const who = fresh();
    const first = await engine.ask('what did mexican troops do near the rio grande in 2019', who);
    expect(first.text).toContain('Rio Grande');
    const a = await engine.ask('who broke the story', who);
    expect(a.intent).toBe('followup');
    expect(a.direct).toBe('Agence France-Presse');
  });
});

describe('"how many" after a question about a group', () => {
  it("counts the group's people ('who was in the caravan' → 'how many then')", async () => {
    const who = fresh();
    await engine.ask('who was in the caravan', who);
    const a = await engine.ask('how many then', who);
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('7,000');
  });
});

describe('"say more"', () => {
  it('is read as "tell me more": the next evidence for the last question', async () => {
    const [one, two] = [fresh(), fresh()];
    const question = 'what did trump order in january 2025 about the border';
    await engine.ask(question, one);
    await engine.ask(question, two);
    const more = await engine.ask('tell me more', one);
    const a = await engine.ask('can you say more about it', two);
    expect(a.intent).toBe('followup');
    expect([a.text, a.confidence]).toEqual([more.text, more.confidence]);
  });
});
