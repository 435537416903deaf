/**
 * "How many Spanish dragoons were chasing the raiders from the west?" — "the Spanish dragoons who had been
 * chasing the raiders from the west, put at some three hundred men, …": a figure counting a noun the asked
 * people are a kind of ("men") counts the group its sentence names; a figure of the asked noun in a sentence
 * that names no such group ("two more dragoons … the whole force") is not theirs, however a word of a name
 * ("force" of "Spanish Armed Forces") is written in it as a common noun.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-1790-raid-at-the-presidio
title: The raiders at the presidio
outlet: Example Frontier Gazette
published: 1790-06-12
url: https://example.org/raiders-at-the-presidio
language: en
---
The raiders at the presidio
It is said at the governor's house that the Spanish troops who had been chasing the raiders from the west, put at some three hundred men, came back to the river on the 20th without supplies.
At the ford Lieut. Ortiz came up with two more troops, and the whole force, six troops in all, was posted under him near the water.
The Spanish Armed Forces have asked for more horses before the autumn.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `people-of-named-group-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'presidio.md': ARTICLE }));
}, 120_000);

describe('a figure of people in a sentence naming the asked group', () => {
  it('answers how many Spanish troops were chasing the raiders with the men its sentence gives them', async () => {
    const a = await engine.ask('how many spanish troops were chasing the raiders from the west?', fresh());
    expect(a.answered).toBe(true);
    expect(a.evidence[0]?.text).toMatch(/three hundred men/);
  });
});
