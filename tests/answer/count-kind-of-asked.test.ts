import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: ledger-2019-ranch-raid
title: Raid on the river ranch
outlet: Example Ledger
published: 2019-03-12
url: https://example.org/ranch-raid
language: en
---
Agents searching the river ranch on Tuesday seized 38 rifles hidden in a grain silo, the sheriff said.
The sheriff said deputies also towed away 14 trucks from the ranch yard.
Weapons and vehicles seized in border raids are kept at the county impound lot until trial.
Colonel Ruiz led 200 soldiers across the river at dawn, and his men held the ford until noon.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'ledger-2019-ranch-raid.md': ARTICLE }));
});

describe('a figure counting a kind of what the question counts', () => {
  it('answers "how many weapons" with the rifles seized (rifles are weapons)', async () => {
    const a = await engine.ask('How many weapons did the agents seize at the river ranch?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('38 rifles');
  });

  it('answers "how many vehicles" with the trucks towed (trucks are vehicles)', async () => {
    const a = await engine.ask('How many vehicles did deputies tow away from the ranch?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('14 trucks');
  });

  it('answers "how many men" with the soldiers a colonel led (soldiers are military men)', async () => {
    const a = await engine.ask('How many men did Colonel Ruiz lead across the river?', { userId: 'd' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('200 soldiers');
  });

  it('does not answer "how many weapons" with the trucks (trucks are no weapons)', async () => {
    const a = await engine.ask('How many weapons did deputies tow away from the ranch?', { userId: 'c' });
    expect(a.text).not.toContain('14 trucks');
  });
});
