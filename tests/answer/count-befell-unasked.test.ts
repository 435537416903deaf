/**
 * "How many men did he have there?" — "The garrison numbered sixty men … His loss was four men killed": a figure
 * of people a participle after it says what befell counts those the act took, not how many the group had, when
 * the question asks no such act; asked the act ("how many men were killed"), it answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-1859-raid-on-camp-ringgold
title: The raid on Camp Ringgold
outlet: Example Valley Sentinel
published: 1859-10-08
url: https://example.org/raid-on-camp-ringgold
language: en
---
The raid on Camp Ringgold
Camp Ringgold stands on the river bank below the town, and is held by a company of the First Artillery under Capt. Thomas Brennan.
The raiders came down on the camp before daylight on Tuesday and drove off the mules from the corral.
The garrison numbered sixty men fit for duty. Capt. Brennan's loss was four men killed, being the guard at the corral, and the raiders carried off their own wounded.
The captain has asked the department for a second company before the winter.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `befell-unasked-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'ringgold.md': ARTICLE }));
}, 120_000);

describe('a figure of people counted by what befell them', () => {
  it('does not answer how many men he had there with the men killed', async () => {
    const ctx = fresh();
    await engine.ask('Who commanded the company at Camp Ringgold?', ctx);
    const a = await engine.ask('How many men did he have there?', ctx);
    expect(a.answered).toBe(true);
    expect(a.evidence[0]?.text).toMatch(/sixty men/);
  });

  it('still answers how many men were killed with the men killed', async () => {
    const a = await engine.ask('How many men were killed at Camp Ringgold?', fresh());
    expect(a.answered).toBe(true);
    expect(a.direct).toMatch(/four/);
  });
});
