import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const RAID = `---
id: conchos-1984-ranch-raid
title: Soldiers burn marijuana at ranch
outlet: Example Conchos Daily
published: 1984-11-10
url: https://example.org/ranch-raid
language: en
---
Some four hundred soldiers of the army took part in the operation at the San Isidro ranch, which the press called Operation Condor.

"That is the work of the police, not the army," said Mayor Rubén Cortés of the nearby town.

Agent Luis Medrano of the federal police said the fields had been watched for months.
`;

const REGIMENT = `---
id: camargo-1846-ohio-camp
title: The Ohio volunteers at the river camp
outlet: Example Camargo Letter
published: 1846-09-20
url: https://example.org/ohio-camp
language: en
---
Col. Samuel Whitcomb, commanding the Ohio regiment, has moved the camp two miles up the river, away from the sick ground.
`;

const NAMED = `---
id: conchos-1985-nogal-raid
title: Troops clear fields at El Nogal
outlet: Example Conchos Daily
published: 1985-02-03
url: https://example.org/nogal-raid
language: en
---
Gen. Tomás Ríos Zamora commanded the operation at El Nogal, in which two hundred soldiers cleared the fields in three days.
`;

let engine: AnswerEngine;
let named: AnswerEngine;
let regiment: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(RAID));
  ({ engine: named } = await withArticles(NAMED));
  ({ engine: regiment } = await withArticles(REGIMENT));
});

describe('the name of an officer asked by rank after the service', () => {
  it('declines "the army general who commanded" when the article names no general', async () => {
    const a = await engine.ask('What was the name of the army general who commanded Operation Condor?', {
      userId: 'a',
    });
    expect(a.answered).toBe(false);
  });

  it('names the general when the article says who commanded', async () => {
    const a = await named.ask(
      'What was the name of the army general who commanded the operation at El Nogal?',
      {
        userId: 'b',
      },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Ríos');
  });

  it('names the colonel asked for as "the colonel commanding" a regiment', async () => {
    const a = await regiment.ask('What was the name of the colonel commanding the Ohio regiment?', {
      userId: 'c',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Whitcomb');
  });
});
