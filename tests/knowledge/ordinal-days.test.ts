/**
 * Days written as ordinals apart from their month ("the 18th of October", "the first of August, 1862"), a day
 * said twice ("Yesterday, Sunday the 20th") and a weekday that says the year ("Friday, September 10th" told in
 * 1997 of 1847) are read as the days they are, so a date question finds the sentence that tells of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const LETTER = `---
id: texan-1865-funeral
title: "The dead brought home"
outlet: The Texan
published: 1865-08-26
language: en
---
COMFORT, Kendall County, Aug. 21, 1865.

Editor Texan: — Yesterday, Sunday the 20th, this little settlement laid in the ground the bones of the men.

On the first of August, 1862, a party of Union men met on Turtle Creek.

Of those who got away, eight more were killed on the 18th of October following, while trying to cross the river.

The survivors reached Piedras Negras on Oct. 22d, 1862, and the last of them on Nov. 3rd, 1862.
`;

const TRANSCRIPT = `---
id: radio-1997-gallows
title: "The gallows at Mixcoac"
outlet: Radio Border
published: 1997-09-15
language: en
---
HOST: On Friday, the 12th, the president stood in the plaza to mark 150 years since the hangings.

HISTORIAN: General Scott reviewed the sentences of the courts-martial in the second week of September 1847.

HISTORIAN: On Friday, September 10th, sixteen men were hanged at San Angel, in this plaza. And on Monday the 13th, thirty were hanged at Mixcoac under Colonel William Harney.
`;

describe('days written as ordinals', () => {
  let kb: KnowledgeBase;
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ kb, engine } = await articlesAlone({ 'letter.md': LETTER, 'transcript.md': TRANSCRIPT }));
  }, 120_000);

  const dated = (text: string) => kb.dates.find((d) => d.text === text);

  it('reads "the 18th of October" and "the first of August, 1862" as days, not as the month alone', () => {
    expect(dated('the first of August, 1862')).toMatchObject({ date: '1862-08-01', precision: 'day' });
    expect(dated('the 18th of October')).toMatchObject({ date: '1862-10-18', precision: 'day' });
  });

  it('reads an abbreviated month before an ordinal figure ("Oct. 22d, 1862", "Nov. 3rd, 1862") as the day', () => {
    expect(dated('Oct. 22d, 1862')).toMatchObject({ date: '1862-10-22', precision: 'day' });
    expect(dated('Nov. 3rd, 1862')).toMatchObject({ date: '1862-11-03', precision: 'day' });
  });

  it('reads "Yesterday, Sunday the 20th" as the Sunday before the dateline', () => {
    expect(dated('Yesterday, Sunday the 20th')).toMatchObject({ date: '1865-08-20', precision: 'day' });
  });

  it('dates "Friday, September 10th" in the year the story wrote out, where that day is a Friday', () => {
    expect(dated('Friday, September 10th')).toMatchObject({ date: '1847-09-10' });
    expect(dated('Friday, the 12th')).toMatchObject({ date: '1997-09-12' });
    expect(dated('Monday the 13th')).toMatchObject({ date: '1847-09-13' });
  });

  it('answers when the thirty were hanged with the day the sentence tells of them', async () => {
    const a = await engine.ask('When were the thirty men hanged at Mixcoac?', { userId: 'u' });
    expect(a.text).toContain('Monday the 13th');
  });
});
