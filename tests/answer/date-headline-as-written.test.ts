/**
 * A date's headline gives the article's own words for the day beside the resolved date when they are not the
 * resolved words ("the 3d of September"), so a reader finds the day as the article wrote it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riograndegazette-1851-loba-plan
title: The plan of La Loba
outlet: Example Rio Grande Gazette
published: 1851-09-20
url: https://example.org/loba
language: en
---
The plan of La Loba was proclaimed at the rancho of that name on the 3d of September, 1851, by José María Carvajal and his friends.

The volunteers crossed the river on Sept. 19, 1851, and marched on Camargo.

The garrison of Camargo surrendered to them on Sept. 21st, 1851, without a shot.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'riograndegazette-1851-loba-plan.md': ARTICLE }));
}, 300_000);

describe('a date headline with the words the article wrote', () => {
  it('gives "the 3d of September" beside the resolved day', async () => {
    const a = await engine.ask('When was the plan of La Loba proclaimed?', { userId: 'loba' });
    expect(a.direct).toContain('3 September 1851');
    expect(a.direct).toContain('3d of September');
  });

  it('gives the resolved day alone when the article only shortens its words ("Sept. 19, 1851")', async () => {
    const a = await engine.ask('When did the volunteers cross the river?', { userId: 'cross' });
    expect(a.direct).toContain('19 September 1851');
    expect(a.direct).not.toContain('(');
  });

  it('reads an ordinal suffix as the number it ends ("Sept. 21st, 1851" is the resolved day alone)', async () => {
    const a = await engine.ask('When did the garrison of Camargo surrender?', { userId: 'surrender' });
    expect(a.direct).toContain('21 September 1851');
    expect(a.direct).not.toContain('(');
  });
});
