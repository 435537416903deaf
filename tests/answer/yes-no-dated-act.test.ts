/**
 * A yes/no question dated by a day and year ("in the weeks after the March 4, 2001 verdict") still asks its
 * act of its subject: the date's numbers are when, not a figure the evidence gives in its own words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { askedSubjectAct } from '../../src/answer/act-of-subject.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { articlesAlone, testActReading } from './setup.ts';

const REPORT = `---
id: example-2001-sensor-verdict
title: Sergeant sentenced for selling sensor locations
outlet: Example Courts Reporter
published: 2001-03-23
url: https://example.org/sensor-verdict
language: en
---
FORT HUACHUCA, Ariz. — A military jury on March 4, 2001 sentenced Sgt. Dale Hollis to eight years in prison for selling the locations of border sensors to smugglers.

The case will be reviewed automatically by the Army Court of Criminal Appeals because of the length of the sentence.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({ 'report.md': REPORT }));
});

describe('a yes/no question dated by a day and a year', () => {
  it('declines whether the soldier was pardoned in the weeks after the dated verdict, which no one says', async () => {
    const a = await engine.ask('Was Hollis pardoned in the weeks after the March 4, 2001 verdict?', {
      userId: 'a',
    });
    expect(a.answered).toBe(false);
  });

  it('reads the act of a question whose numbers are a date, but not of one asking a figure', () => {
    const read = (q: string) => askedSubjectAct(runtime.questionNlp.analyse(q), testActReading(runtime));
    expect(read('Was Hollis pardoned after the March 4, 2001 verdict?')?.lemma).toBe('pardon');
    expect(read('Did Hollis sell 40 sensor locations?')).toBeNull();
    expect(read('Did Santa Anna lead an army of 1800 men?')).toBeNull();
    expect(read('Was the fort held by 1600 Mexicans?')).toBeNull();
    expect(read('Was Hollis pardoned by 2003?')?.lemma).toBe('pardon');
  });
});
