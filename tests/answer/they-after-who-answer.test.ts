/**
 * "Who organized the project?" → two people named together → "how many did they say would come?": "they" is
 * the people the who-answer named, not the body the question asked by.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const MUSTER = `---
id: valleystar-2005-desert-watch-muster
title: Desert Watch volunteers gather in Tombstone
outlet: Example Valley Star
published: 2005-04-01
url: https://example.org/desert-watch-muster
language: en
---
Desert Watch volunteers gather in Tombstone
Volunteers for the Desert Watch Project lined up to register outside the town hall in Tombstone on Friday morning.
The Desert Watch Project, a civilian border-watch effort, began today and is scheduled to run until the end of April.
Organizers Walter Brenner, a retired accountant from Fresno, and Dale Pruitt, who publishes the Tombstone Ledger, had predicted more than 1,000 volunteers.
The Desert Watch Project's base is in Tombstone, about 20 miles north of the border.
About 150 people had signed in by noon, a county deputy said.
Brenner said the volunteers would only watch and report. Pruitt said the same on Thursday.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `they-after-who-answer-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'muster.md': MUSTER }));
}, 120_000);

describe('"they" after a who-answer naming two people', () => {
  it('means the people the answer named, not the project the question asked about', async () => {
    const user = fresh();
    const who = await engine.ask('Who organized the Desert Watch Project?', user);
    expect(who.answered).toBe(true);
    expect(who.text).toContain('Brenner');
    const count = await engine.ask('and how many people did they say would show up?', user);
    expect(count.answered).toBe(true);
    expect(count.text).toContain('more than 1,000');
    expect(count.text).not.toContain('20 miles');
  });
});
