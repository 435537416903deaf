import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Two brothers, each described by what he does: one keeps the store, the other runs the wagons. */
const ARTICLE = `---
id: plains-1914-river-town-trade
title: Refugees from across the river crowd a border town
outlet: Example Plains Weekly
published: 1914-01-16
url: https://example.org/river-town-trade
language: en
---
RIVER BEND, Texas, Jan. 15. — The town has doubled in a week as families crossed from the other side of the river.

"I have sold more flour since Sunday than in the whole of last year," said Abe Weinberg, who keeps the general store on the main road. His brother, Sol Weinberg, who runs the freight wagons between here and the railroad, was less pleased.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('personByDescription', () => {
  it('answers who ran a thing with the person the article calls its keeper, not the neighbour who runs another', async () => {
    const a = await engine.ask('who ran the general store in river bend when the families came over', {
      userId: 'a',
    });
    expect(a.text).toContain('Abe Weinberg');
    expect(a.text).toContain('general store');
  });

  it('leaves the verb to its agent when the sentence says the thing asked of', async () => {
    const a = await engine.ask('who ran the freight wagons', { userId: 'b' });
    expect(a.text).toContain('Sol Weinberg');
  });
});
