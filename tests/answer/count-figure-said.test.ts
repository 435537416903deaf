import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { countingAct } from '../../src/answer/counted-figure-said.ts';
import { shippedRuntime, withArticles } from './setup.ts';

const ARTICLE = `---
id: gazette-1842-cibolo-skirmish-letters
title: Letters from the camp on the Cibolo
outlet: Example Gazette
published: 1842-09-24
url: https://example.org/cibolo-skirmish-letters
language: en
---
The volunteers under Capt. Hays took post on the west bank of the Cibolo, nine miles from Seguin, on the morning of the 17th.
The enemy came on in three columns and was driven back after an engagement of some two hours along the creek.
"We had but one man killed and some six or seven wounded, none of them badly so far as I can judge," the surgeon wrote.
Two Cherokee scouts rode in from the Guadalupe that evening with word that more of the enemy were camped below.
Seven Texans were taken prisoner on the road to Gonzales the next week.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a count asked in other words than the article, whose figure counts the asked people by the asked act', () => {
  it('is answered with the figure ("guys" killed: "one man killed")', async () => {
    const a = await engine.ask("so how many of hays's guys got killed in the creek fight lol", {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('one man killed');
  });

  it('is not answered with a figure of other people ("how many Cherokees were killed": "one man")', async () => {
    const a = await engine.ask('so how many cherokees got killed in the creek fight lol', { userId: 'b' });
    expect(a.direct ?? '').not.toContain('one man');
  });

  it('is not answered with a figure of the asked people by another act ("Texans" wounded: "Seven Texans" taken)', async () => {
    const a = await engine.ask('how many texans got wounded in the creek fight lol', { userId: 'c' });
    expect(a.direct ?? '').not.toContain('Seven Texans');
  });
});

describe('countingAct', () => {
  const read = async (q: string) => (await shippedRuntime()).questionNlp.analyse(q).tokens;

  it('returns the first verb after "how many" that says an act, past a passive "got"', async () => {
    expect(countingAct(await read('how many of his men got killed at the ford'))).toBe('kill');
  });

  it('returns null when the question says no act but "have"', async () => {
    expect(countingAct(await read('how many men did the surgeon have on the sick report'))).toBeNull();
  });
});
