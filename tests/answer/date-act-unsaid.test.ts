/**
 * A date question whose act no dated sentence says: the best date found may be another event's, so it is
 * shown with its sentence, not stated in bold as the asked act's day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: mierpaper-2022-defense-remembered
title: Mier remembers the defense of the town
outlet: Example Tamaulipas Paper
published: 2022-12-26
url: https://example.org/mier-remembered
language: en
---
CIUDAD MIER, Tamaulipas — The town remembered the defense on Monday with a band, a wreath and the names of the dead.

Some 260 armed Texans crossed the Álamo river on the night of Dec. 25, 1842, and came into the town.

After a day of fighting in the streets the Texans surrendered to the Mexican Army, and 243 of them were marched south as prisoners.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'mierpaper-2022-defense-remembered.md': ARTICLE }));
}, 300_000);

describe('a date question whose act no dated sentence says', () => {
  it('does not state the crossing day as the day the Texans gave up', async () => {
    const a = await engine.ask('When did the Texans give up?', { userId: 'gave-up' });
    expect(a.direct).toBeNull();
  });

  it('still states the day of an act a dated sentence says', async () => {
    const a = await engine.ask('When did the Texans cross the Álamo river?', { userId: 'cross' });
    expect(a.direct).toContain('25 December 1842');
  });
});
