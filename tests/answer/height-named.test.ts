/**
 * "How high was the flood?" is answered by a length the article gives as the flood's height ("at a height that
 * the gauge recorded as 61 feet"), not only by "61 feet high".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: riverside-1954-eagle-pass-flood
title: The river at Eagle Pass
outlet: Example Riverside News
published: 1954-07-01
url: https://example.org/eagle-pass-flood
language: en
---
The river came down upon Eagle Pass in the night at a height that the gauge at the bridge recorded as 49.5 feet, the highest ever known there.

The mayor said the water plant would be working again by Monday.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await withArticles(ARTICLE)).engine;
});

describe('a height given by the noun "height"', () => {
  it('answers "how high" with the length the article calls the height', async () => {
    const a = await engine.ask('how high did the river get at eagle pass', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('49.5 feet');
  });
});

const LEVEE = `---
id: riverside-1954-quemado-levee
title: The levee at Quemado
outlet: Example Riverside News
published: 1954-07-02
url: https://example.org/quemado-levee
language: en
---
The levee at Quemado was built up to a greater height after the flood of 1932, when the water covered the lower town and the farms along the river road, and the nearest ford lies 3 miles below it.
`;

describe('a height and a distance a clause apart', () => {
  it('does not answer "how high" with the distance', async () => {
    const levee = (await withArticles(LEVEE)).engine;
    const a = await levee.ask('how high is the levee at quemado', { userId: 'c' });
    expect(a.text).not.toContain('3 miles');
  });
});
