import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { askedSubjectAct } from '../../src/answer/act-of-subject.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { articlesAlone, testActReading } from './setup.ts';

/** A court report that speaks of a soldier's appeal and of something he won, but never of him winning the appeal. */
const REPORT = `---
id: example-2001-court-martial
title: Sergeant sentenced for selling sensor locations
outlet: Example Courts Reporter
published: 2001-03-23
url: https://example.org/court-martial
language: en
---
FORT HUACHUCA, Ariz. — A military jury on Thursday sentenced Sgt. Dale Hollis to eight years in prison for selling the locations of border sensors to smugglers.

Hollis pleaded not guilty to all four charges. The case will be reviewed automatically by the Army Court of Criminal Appeals because of the length of the sentence.

His former girlfriend testified that he had paid off a truck loan in cash that summer and told her he had "won it at the track."
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({ 'report.md': REPORT }));
});

describe('a yes/no question whose act the evidence never says of its subject', () => {
  it('declines whether the soldier won his appeal when the report only says the appeal will be heard', async () => {
    const a = await engine.ask('Did Hollis win his appeal at the Army Court of Criminal Appeals?', {
      userId: 'a',
    });
    expect(a.answered).toBe(false);
  });

  it('still answers whether he pleaded guilty from the clause where he pleads', async () => {
    const a = await engine.ask('Did Hollis plead guilty?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('pleaded not guilty');
  });
});

describe('askedSubjectAct', () => {
  const read = (q: string) => askedSubjectAct(runtime.questionNlp.analyse(q), testActReading(runtime));

  it('reads the named subject and its act, after "was" the last participle', () => {
    expect(read('Was Capt. Hollis ever punished by the Army?')).toEqual({
      lemma: 'punish',
      normal: 'punished',
      subject: { entityIds: [], nouns: ['hollis'] },
    });
  });

  it('reads no subject from a common noun or a pronoun, which the evidence names otherwise', () => {
    expect(read('Were the four men arrested in Del Rio convicted of the charge?')).toBeNull();
    expect(read('Did they win the appeal?')).toBeNull();
  });

  it('reads no act from a verb that leads on to another', () => {
    expect(read('Did Hollis keep working for the Army after the trial?')).toBeNull();
  });
});
