import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const OBITUARY = `---
id: wabashcourier-1889-old-soldier-lane-brigade-test
title: An Old Soldier Gone; He Marched With Gen. Lane to Puebla
outlet: Example Wabash Courier
published: 1889-06-14
url: https://example.org/1889/old-soldier
language: en
---
Mr. Elias Harmon, who died on Tuesday at his farm near Lafayette, served in the Fourth Indiana in the war with Mexico.

The Fourth formed part of the brigade of Gen. Joseph Lane, which marched inland from Vera Cruz in the latter part of September, 1847, to relieve the American garrison shut up in Puebla.

On the road the brigade turned off toward Huamantla, where Santa Anna had gathered his cavalry.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(OBITUARY));
});

describe('"march" after "the" in a question', () => {
  it('answers what the march was for, not asking for evidence dated in March', async () => {
    const q = "What was the point of the march Lane's brigade was on when it turned off toward Huamantla?";
    const answer = await engine.ask(q, { userId: 'm1' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Puebla');
  });

  it('still declines "in march 1847" when the march was in September', async () => {
    const q = "Where was Lane's brigade marching to relieve the garrison in march 1847?";
    const answer = await engine.ask(q, { userId: 'm2' });
    expect(answer.answered).toBe(false);
  });
});
