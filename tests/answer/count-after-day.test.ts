/**
 * A round four-digit figure after a day of the month and before the plural noun it counts is a count, not the
 * date's year: "On May 3, 1500 Mexican soldiers crossed" is 1,500 soldiers on May 3 of the story's year. A
 * year that is no round figure stays the date's year (tests/answer/year-after-day.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const CROSSING = `---
id: ledger-2018-laredo-crossing
title: Soldiers cross near Laredo
outlet: Example Ledger
published: 2018-05-10
url: https://example.org/laredo-crossing
language: en
---
On May 3, 1500 Mexican soldiers crossed the Rio Grande near Laredo to pursue a cartel convoy, officials said.

On May 4, 1200 head of cattle were driven back across the river by ranchers near Zapata.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'crossing.md': CROSSING }));
});

describe('a round figure after a day of the month, before the plural noun it counts', () => {
  it('dates the crossing in the story’s year, not in the year 1500', async () => {
    const a = await engine.ask('When did the Mexican soldiers cross the Rio Grande near Laredo?', {
      userId: 'a',
    });
    expect(a.direct ?? '').not.toMatch(/1500/);
    expect(a.direct ?? '').toMatch(/3 May 2018/);
  });

  it('counts the soldiers who crossed', async () => {
    const a = await engine.ask('How many Mexican soldiers crossed the Rio Grande near Laredo?', {
      userId: 'b',
    });
    expect(a.direct ?? a.text).toMatch(/1,?500/);
  });

  it('counts the head of cattle driven across', async () => {
    const a = await engine.ask('How many head of cattle were driven across the river near Zapata?', {
      userId: 'c',
    });
    expect(a.direct ?? a.text).toMatch(/1,?200/);
  });
});
