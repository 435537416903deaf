/** "When did …?" answered by the sentence that tells the act at a time of day or a season, not a date. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const MULEGE = `---
id: diario-1997-mulege
title: Mulegé remembers the day it turned back the Dale
outlet: Example Diario
published: 1997-10-03
url: https://example.org/mulege
language: en
---
Mulegé remembers the day it turned back the Dale
MULEGÉ, B.C.S., October 2.— This oasis town on the Gulf of California marked on Thursday the 150th anniversary of the day its defenders turned back an American warship.
The sloop Dale anchored off the mouth of the river and her captain demanded that the town declare itself neutral.
Captain Pineda refused, and the sloop's captain sent a landing party ashore in the ship's boats.
The Americans landed, skirmished through the brush and held a hill.
At nightfall they went back to their boats and returned to the ship.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `act-at-time-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'mulege.md': MULEGE }));
}, 120_000);

describe('a when-question whose act is told at a time of day', () => {
  it('answers "when did the landing party go back to the ship?" with "At nightfall they went back…", not the dateline\'s day', async () => {
    const answer = await engine.ask('When did the landing party go back to the ship?', fresh());
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('At nightfall they went back');
    expect(answer.direct ?? '').not.toContain('October');
  });

  it('still answers a when-question whose act a date dates with that date', async () => {
    const answer = await engine.ask('When did the town mark the anniversary?', fresh());
    expect(answer.text).toContain('Thursday');
  });
});
