/** A later part of a message that is only a question phrase ("…, and in what city?") asks the first part's clause. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withElidedClauses } from '../../src/answer/elided-clause.ts';
import { planQuestion } from '../../src/answer/parts.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: borderledger-1991-doctor-trial-set
title: Doctor's trial set after court ruling
outlet: Example Border Ledger
published: 1991-06-20
url: https://example.org/doctor-trial-set
language: en
---
Doctor's trial set after court ruling
The reaction in Mexico City was immediate, and officials there protested to the embassy.
Lawyers for the doctor said they would ask the judge to throw the case out.
The doctor's trial is scheduled to begin in Tucson this fall, the court clerk said.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `elided-clause-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'trial.md': ARTICLE }));
}, 120_000);

describe('a second part that is only a question phrase', () => {
  it('asks "in what city" of the first part\'s clause, and shows the city', async () => {
    const a = await engine.ask("When is the doctor's trial supposed to start, and in what city?", fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Tucson');
    expect(a.text).toContain("in what city is the doctor's trial supposed to start?");
  });

  it('splits ", and how soon?" off a where-question into a part of its own', () => {
    expect(
      planQuestion('Where are the boundary commissioners supposed to meet under the treaty, and how soon?')
        .parts,
    ).toEqual([
      'Where are the boundary commissioners supposed to meet under the treaty',
      'how soon are the boundary commissioners supposed to meet under the treaty?',
    ]);
    expect(planQuestion('when did trump say it and where?').parts).toEqual([
      'when did trump say it',
      'where did trump say it?',
    ]);
  });

  it('leaves a part whose question word is its subject as it is ("who was expected to sign it, and when?")', () => {
    expect(planQuestion('Who was expected to sign the 2018 troop order and when?').parts).toEqual([
      'Who was expected to sign the 2018 troop order and when?',
    ]);
    expect(withElidedClauses(['Which troops were sent, and when?'])).toEqual([
      'Which troops were sent, and when?',
    ]);
    expect(withElidedClauses(['What did Sheinbaum say', 'where was she when she said it?'])).toEqual([
      'What did Sheinbaum say',
      'where was she when she said it?',
    ]);
    expect(withElidedClauses(['How many Guard troops did Bush send, and when?'])).toEqual([
      'How many Guard troops did Bush send, and when?',
    ]);
  });
  it('leaves a second question of its own as it is ("…, and what happened?", "…, and which president?")', () => {
    expect(planQuestion('Where did the two presidents meet, and what happened?').parts).not.toContain(
      'what happened did the two presidents meet?',
    );
    expect(
      planQuestion('When did the wall go up, and which president?').parts.some((p) =>
        p.includes('which president did'),
      ),
    ).toBe(false);
  });
});
