/**
 * "Who is Wiley Buchanan?" → "a young volunteer … brought over with a ball through the forearm" → "Where was he
 * hit?": the sentence the who-answer showed for who he is may still tell what the follow-up asks of him.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const SIEGE = `---
id: valleyregister-1851-river-siege-dispatch
title: From the Rio Grande
outlet: Example Valley Register
published: 1851-11-13
url: https://example.org/river-siege
language: en
---
From the Rio Grande
The siege of the river town ended on Sunday, when the volunteers recrossed to the Texas bank.
I talked this morning with Amos Pike, a young volunteer from Refugio who was brought over with a ball through the forearm.
The Mexican garrison fired on the boats from the old customs house.
Pike, whose arm is mending, means to go home to Refugio.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `where-after-who-answer-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'siege.md': SIEGE }));
}, 120_000);

describe('a follow-up on the person a who-answer described', () => {
  it('may be answered by the sentence that described them ("where was he hit?" → the forearm)', async () => {
    const user = fresh();
    const who = await engine.ask('Who is Amos Pike?', user);
    expect(who.answered).toBe(true);
    expect(who.text).toContain('forearm');
    const where = await engine.ask('Where was he hit?', user);
    expect(where.answered).toBe(true);
    expect(where.text).toContain('forearm');
  });
});
