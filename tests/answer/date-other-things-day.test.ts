/**
 * A date question answered with another thing's day: a month and day written again take the year of a
 * treaty named in the sentence before; "today" in quoted words dates the
 * words' occasion, not the historical fight the question asks of. None is stated in bold as the asked day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const RULING = `---
id: borderreview-1992-doctor-ruling
title: The court and the doctor
outlet: Example Border Review
published: 1992-07-20
url: https://example.org/doctor-ruling
language: en
---
On June 15 the Supreme Court ruled that a Mexican doctor kidnapped in Guadalajara can be tried in an American court.

On the night of April 2, 1990, armed men took the doctor from his office and flew him to El Paso.

A federal judge ruled in 1990 that the kidnapping broke the extradition treaty the two countries signed in 1978 and ordered the doctor sent home. On June 15 the Supreme Court, by a vote of 6 to 3, reversed the judge.
`;

const CEREMONY = `---
id: riverpaper-2022-mier-ceremony
title: Mier remembers its defenders
outlet: Example River Paper
published: 2022-12-26
url: https://example.org/mier-ceremony
language: en
---
CIUDAD MIER, Tamaulipas — The town marked the anniversary of its defense with a band and a wreath.

"The men of Mier fought the Texans in the streets. We pray today for all the dead," the parish priest said.

Some 260 armed Texans crossed the river on the night of Dec. 25, 1842, and came into the town.
`;

let engine: AnswerEngine;
let ceremony: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'borderreview-1992-doctor-ruling.md': RULING }));
  ({ engine: ceremony } = await articlesAlone({ 'riverpaper-2022-mier-ceremony.md': CEREMONY }));
}, 300_000);

describe('a month and day the article wrote before', () => {
  it('dates the reversal to the lede’s June 15, not to the treaty’s year', async () => {
    const a = await engine.ask('When did the Supreme Court reverse the judge?', { userId: 'reverse' });
    expect(a.direct).toContain('15 June 1992');
  });
});

describe('"today" in quoted words', () => {
  it('is not stated as the day the Texans fought at Mier', async () => {
    const a = await ceremony.ask('When did the Texans fight at Mier?', { userId: 'fight' });
    expect(a.direct ?? '').not.toContain('2022');
  });

  it('is not stated as the day of "the Texans\u2019 fight at Mier", asked with a noun', async () => {
    const a = await ceremony.ask("when was the Texans' fight at Mier?", { userId: 'fight-noun' });
    expect(a.direct ?? '').not.toContain('2022');
  });
});
