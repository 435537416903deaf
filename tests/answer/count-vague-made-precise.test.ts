/**
 * "Hundreds of engineers may be on the way." — "The command has received a request … for between 300 and 400
 * combat engineers…": the figure that makes a vague count precise in the sentence after it answers how many,
 * as well as the vague sentence matches the question, before a figure of the same thing the article gives
 * later in fewer words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-2021-engineers-to-river
title: State may send engineers to the river
outlet: Example River Courier
published: 2021-05-14
url: https://example.org/engineers-to-river
language: en
---
State may send engineers to the river

The governor has described the flooding along the lower river as a disaster. Hundreds of engineers may be on the way.

The state military command has received a request from the water board for between 300 and 400 combat engineers along the lower river valley, according to state officials.

The board chairman is expected to sign the order as early as Friday, an official said.

About 900 engineers are already working on the levees under an earlier plan.

The river crested on Thursday night at its highest level in forty years.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `vague-precise-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'engineers.md': ARTICLE }));
}, 120_000);

describe('a vague count made precise by the sentence after it', () => {
  it('answers how many with the precise figure after "hundreds of", not a later figure', async () => {
    const a = await engine.ask('How many engineers?', fresh());
    expect(a.answered).toBe(true);
    expect(a.direct).toMatch(/between 300 and 400/);
  });

  it('still answers with the later figure when it is asked for in its own words', async () => {
    const a = await engine.ask('How many engineers are already working on the levees?', fresh());
    expect(a.answered).toBe(true);
    expect(a.direct).toMatch(/900/);
  });
});
