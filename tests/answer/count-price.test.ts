import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: sierra-1992-army-road
title: Army engineers grade a border road near Douglas
outlet: Example Sentinel
published: 1992-03-14
url: https://example.org/army-road
language: en
---
Army reserve engineers are grading 12 miles of road along the border fence near Douglas.
The Army puts the cost of the road project near Douglas at about $1.1 million, most of it money the reserve unit would have spent on training anyway.
About 80 engineers from the unit are working on the road.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('"how much" asked with a word of price', () => {
  it('answers with the sum, though the tagger reads "cost" as a noun', async () => {
    const a = await engine.ask('how much did the armys road project near douglas cost', { userId: 'a' });
    expect(a.direct).toBe('$1.1 million');
  });

  it('answers with the sum when the price word comes before the noun it is asked of', async () => {
    const a = await engine.ask('how much did the road project near douglas cost the army reserve unit', {
      userId: 'b',
    });
    expect(a.direct).toBe('$1.1 million');
  });
});
