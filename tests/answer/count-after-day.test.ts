/**
 * A four-digit figure after a day of the month and a comma that counts the plural noun after it is the count,
 * not the date's year: "On May 3, 1500 Mexican soldiers crossed" is 1,500 soldiers on May 3.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const CROSSING = `---
id: ledger-2024-soldiers-cross
title: Soldiers cross the river near Laredo
outlet: Example Ledger
published: 2024-05-10
url: https://example.org/soldiers-cross
language: en
---
On May 3, 1500 Mexican soldiers crossed the Rio Grande near Laredo, officials said.

The crossing was the largest in years, according to the county sheriff.
`;

const WAR = `---
id: ledger-2024-old-war
title: The old war on the river
outlet: Example Ledger
published: 2024-05-10
url: https://example.org/old-war
language: en
---
On May 3, 1846, the army crossed the Rio Grande near Matamoros.
`;

let crossing: AnswerEngine;
let war: AnswerEngine;

beforeAll(async () => {
  ({ engine: crossing } = await articlesAlone({ 'crossing.md': CROSSING }));
  ({ engine: war } = await articlesAlone({ 'war.md': WAR }));
});

describe('a figure after a day of the month and a comma', () => {
  it('is not the year of "when did the soldiers cross" when it counts the soldiers', async () => {
    const a = await crossing.ask('When did the Mexican soldiers cross the Rio Grande?', { userId: 'a' });
    expect(a.direct ?? '').toMatch(/3 May/);
    expect(a.direct ?? '').not.toMatch(/1500/);
  });

  it('answers "how many soldiers crossed" with the soldiers it counts', async () => {
    const a = await crossing.ask('How many Mexican soldiers crossed the Rio Grande?', { userId: 'b' });
    expect(a.direct ?? '').toMatch(/1500 Mexican soldiers/);
  });

  it('stays the year when a comma follows it', async () => {
    const a = await war.ask('When did the army cross the Rio Grande?', { userId: 'c' });
    expect(a.text).toMatch(/1846/);
  });
});
