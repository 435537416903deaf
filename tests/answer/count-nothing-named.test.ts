/**
 * "How many were killed in the ambush?", "how many did the county send?": "how many" with its verb straight
 * after names nothing counted, so the figure of the act asked answers, whatever it counts, when it counts
 * things: a sum of money is how much, not how many.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-1871-willow-ford-ambush
title: The ambush at Willow Ford
outlet: Example Prairie Gazette
published: 1871-05-20
url: https://example.org/willow-ford
language: en
---
The ambush at Willow Ford
A wagon train of settlers bound for the Pecos camped at Willow Ford on the night of May 9.
Nineteen settlers were killed in the ambush before dawn.
The county paid $300 a month for the forty militiamen it sent to bury the dead.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `count-nothing-named-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'ambush.md': ARTICLE }));
}, 120_000);

describe('a how-many question that names nothing counted', () => {
  it('answers "how many were killed in the ambush?" with the figure killed, not a noun after the verb', async () => {
    const a = await engine.ask('How many were killed in the ambush?', fresh());
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('Nineteen');
  });

  it('answers "how many did the county send?" with the men it sent, not the sum it paid', async () => {
    const a = await engine.ask('How many did the county send?', fresh());
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('forty');
  });
});
