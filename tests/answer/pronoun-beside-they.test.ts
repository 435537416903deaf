/** A follow-up with a person's pronoun and "they" beside it: the person is whom it asks about. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: sierrawire-2001-sensor-sergeant-convicted
title: Army sergeant convicted of selling sensor sites
outlet: Example Sierra Wire
published: 2001-05-11
url: https://example.org/sensor-sergeant
language: en
---
FORT EXAMPLE, Ariz. — A military jury on Thursday convicted Sgt. Raymond Tollin of selling the locations of ground sensors to a smuggling ring.
The Border Patrol said the ring moved 40 loads past the sensors in two years.
The Border Patrol paid its informants $2,000 last year.
Prosecutors said the ring paid Tollin $18,500 for the locations.
Tollin's lawyer, Dana Whitcombe, said her client would appeal.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await withArticles(ARTICLE)).engine;
});

describe('a follow-up asking of "him" beside "they"', () => {
  it('asks about the person the conversation was about, not a body its answer named', async () => {
    const who = { userId: 'pronoun-beside-they-1' };
    await engine.ask('What did the Border Patrol say about Raymond Tollin and the smuggling ring?', who);
    const a = await engine.ask('how much did they pay him?', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('18,500');
  });
});
