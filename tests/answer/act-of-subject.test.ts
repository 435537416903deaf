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
      agent: false,
    });
  });

  it('reads no subject from a common noun or a pronoun, which the evidence names otherwise', () => {
    expect(read('Were the four men arrested in Del Rio convicted of the charge?')).toBeNull();
    expect(read('Did they win the appeal?')).toBeNull();
  });

  it('reads no act from a verb that leads on to another', () => {
    expect(read('Did Hollis try to win the appeal?')).toBeNull();
  });
});

/** An exhibition story: the general's daughter married, the general is named only as her father. */
const EXHIBITION = `---
id: example-2026-hale-ibarra-letters
title: Letters of two generals go on show
outlet: Example Cultural Weekly
published: 2026-11-16
url: https://example.org/hale-ibarra
language: en
---
MONTERREY — Gen. Edward Hale commanded the American troops on the Rio Grande in 1877, and his orders allowed them to cross into Mexico.

In 1880, Col. Ramón Ibarra married Clara Hale, the general's daughter, in Texas. Their wedding invitation is the last item in the exhibition.

Rubén Salas, a customs guard, arrived on a horse and detained one of the smugglers. Salas fired two shots at the river.
`;

describe("a yes/no question whose subject the evidence names only as another's act's object", () => {
  let exhibit: AnswerEngine;
  beforeAll(async () => {
    ({ engine: exhibit } = await articlesAlone({ 'exhibit.md': EXHIBITION }));
  });

  it("declines whether the general went to his daughter's wedding when only the colonel's marrying her is told", async () => {
    const a = await exhibit.ask("Did General Hale go to his daughter's wedding?", { userId: 'c' });
    expect(a.answered).toBe(false);
  });

  it('still answers whether the colonel married her, from the clause he leads', async () => {
    const a = await exhibit.ask("Did Ibarra marry Hale's daughter?", { userId: 'd' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('married Clara Hale');
  });

  it('declines whether the guard kept working there when the story only tells of his day', async () => {
    const a = await exhibit.ask('Did Salas keep working as a customs guard after the shooting?', {
      userId: 'e',
    });
    expect(a.answered).toBe(false);
  });
});

describe('askedSubjectAct of a light verb or a phase', () => {
  const read = (q: string) => askedSubjectAct(runtime.questionNlp.analyse(q), testActReading(runtime));

  it("reads a light verb's act from its complement's head, past its owner", () => {
    expect(read("Did Hollis go to his daughter's wedding?")).toMatchObject({
      lemma: 'wedding',
      subject: { nouns: ['hollis'] },
      agent: true,
    });
  });

  it('reads the act a phase verb leads to', () => {
    expect(read('Did Hollis keep working for the Army after the trial?')).toMatchObject({ lemma: 'work' });
  });
});
