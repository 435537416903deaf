/**
 * A four-digit figure after a day of the month and a comma is the date's year even when a plural noun follows
 * with no comma between ("On May 5, 1862 Mexican soldiers … defeated the French"): the coverage writes
 * nineteenth-century dates that way far more often than a head-count of four digits without its comma.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const PUEBLA = `---
id: ledger-2012-puebla-150
title: Puebla remembers the Cinco de Mayo
outlet: Example Ledger
published: 2012-05-05
url: https://example.org/puebla-150
language: en
---
On May 5, 1862 Mexican soldiers under Gen. Ignacio Zaragoza defeated the French army at Puebla, a victory the city marks again this weekend.

The battle did not end the French intervention, historians say.
`;

const DOLORES = `---
id: ledger-2010-dolores
title: Dolores remembers the Grito
outlet: Example Ledger
published: 2010-09-16
url: https://example.org/dolores
language: en
---
On Sept. 16, 1810 Mexican rebels rose against Spanish rule in the town of Dolores, historians say.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'puebla.md': PUEBLA, 'dolores.md': DOLORES }));
});

describe('a year after a day of the month and a comma, before a plural noun', () => {
  it('dates the battle to 1862, not to the year the article appeared', async () => {
    const a = await engine.ask('When did Mexican soldiers defeat the French army at Puebla?', {
      userId: 'a',
    });
    expect(a.text).toMatch(/1862/);
    expect(a.direct ?? '').not.toMatch(/2012/);
  });

  it('is no head-count of the soldiers', async () => {
    const a = await engine.ask('How many Mexican soldiers defeated the French at Puebla?', { userId: 'b' });
    expect(a.direct ?? '').not.toMatch(/1862/);
  });

  it('is no head-count when the tagger reads the year apart from its day', async () => {
    const a = await engine.ask('How many Mexican rebels rose against Spanish rule in Dolores?', {
      userId: 'c',
    });
    expect(a.direct ?? '').not.toMatch(/1810/);
  });
});
