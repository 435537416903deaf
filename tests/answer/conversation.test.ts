/** Follow-up questions in a conversation: what they point back to, and what they show that is new. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `conversation-${++user}` });

beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
});

describe('a follow-up with no words of its own', () => {
  it('shows something new rather than the sentence just shown without its headline', async () => {
    const who = fresh();
    const first = await engine.ask('when did sheinbaum reject trumps offer', who);
    expect(first.direct).toMatch(/3 May/);
    const a = await engine.ask('who was she talking to', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('supporters');
  });
});

describe('a follow-up opened with a chat word', () => {
  it('is read as "what about…" after "ok" or "so" ("ok what about trump in 2018 then")', async () => {
    const who = fresh();
    expect((await engine.ask('What did Biden say about the troops at the border?', who)).answered).toBe(
      false,
    );
    const a = await engine.ask('ok what about trump in 2018 then', who);
    expect(a.intent).toBe('followup');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('bringing out the military');
  });
});

describe('a follow-up with no pronoun', () => {
  it('keeps to what the last question named, not a person its answer happened to mention ("how many tho")', async () => {
    const who = fresh();
    await engine.ask('Why did Mexico send troops to its northern border in 2019?', who);
    const a = await engine.ask('how many tho', who);
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('15,000');
  });
});

describe('asking for more in chat words', () => {
  it('shows more of the same kind of answer for "more pls" or "ok more"', async () => {
    const who = fresh();
    const first = await engine.ask('What did Sheinbaum say?', who);
    for (const q of ['more pls', 'ok more']) {
      const a = await engine.ask(q, who);
      expect(a.intent).toBe('followup');
      expect(a.answeredAs).toBe('quote');
      expect(a.answered).toBe(true);
      for (const id of a.quoteIds) expect(first.quoteIds).not.toContain(id);
    }
  });
});

describe('a follow-up asking how many, naming nothing', () => {
  it('counts what the last question asked about ("how big was the request" → "and how many tho")', async () => {
    const who = fresh();
    await engine.ask('how big was the dhs troop request', who);
    const a = await engine.ask('how many tho', who);
    expect(a.answered).toBe(true);
    expect(a.direct).toMatch(/troops/);
  });
});

describe('a follow-up whose pronoun points to the last person named', () => {
  it('does not answer about the person before them ("and when did he say that?" after his defence minister)', async () => {
    const who = fresh();
    await engine.ask('what did sheinbaum say about the troops', who);
    await engine.ask('and obrador?', who);
    const minister = await engine.ask('what about his defence minister', who);
    expect(minister.text).toContain('Luis Cresencio Sandoval');
    const a = await engine.ask('and when did he say that', who);
    // The coverage dates López Obrador's press conference, not the minister's remark.
    expect(a.direct).toBeNull();
    expect(a.text).not.toContain('No such order has been issued');
  });
});
