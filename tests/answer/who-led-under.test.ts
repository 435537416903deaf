import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/**
 * A frontier dispatch that names the post's commander once, far down and in few of the question's words, and
 * bodies of men each "under" its own leader in one sentence, without commas.
 */
const DISPATCH = `---
id: example-1858-cedar-ford-dispatch
title: "The Attack on Cedar Ford: The Post on the Nueces Road Assailed"
outlet: Example Frontier Courier
published: 1858-03-02
url: https://example.org/cedar-ford-dispatch
language: en
---
THE ATTACK ON CEDAR FORD.

The attack on Cedar Ford came at dawn on Tuesday, the 23rd ult., and the post was attacked again at noon.

Travel on the Nueces road has stopped since the attack on the ford.

The raiders drove off forty horses from the herd before the guard could mount.

A wagon master who reached this city on Friday says the attack on Cedar Ford was the boldest he has seen.

Cedar Ford, our readers know, stands on the Nueces road about twelve miles above the crossing.

It is held by Company D of the Second Dragoons, under Capt. Elias Whitford.

The loss at the post is two men wounded.

The mail rider who left Cedar Ford on Wednesday says the post was attacked three times in two days.

A merchant of this city who has a store at Cedar Ford writes that the attack came from the river side.

The people of the settlements near Cedar Ford fear the band will come back when the moon is full.

Whether the post at Cedar Ford will be reinforced is a question for the department at San Antonio.

The attack on Cedar Ford is the third on the Nueces road this winter.

The stage line will not send a coach past Cedar Ford until the road is safe.

A herder who was at Cedar Ford when it was attacked counted some two hundred in the band.

Mexican lancers under Col. Anselmo de la Garza crossed the river that night and fell upon a party of teamsters under Mr. Jonas Pell.

The revolutionary troops under Col. Tomás Ruelas fought the federal troops at the upper ford until dark.

Decades later, National Guard troops under President Amos Harlan patrolled the same road.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'dispatch.md': DISPATCH }));
});

describe('who led a body of men, read from "under"', () => {
  it('finds the commander named far down the article, where few of the question’s words are', async () => {
    const a = await engine.ask('Who commanded the post at Cedar Ford when it was attacked?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Elias Whitford');
  });

  it('answers who led the lancers with the one they were under, not the leader of the men they attacked', async () => {
    const a = await engine.ask('Who led the Mexican lancers that crossed the river?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Anselmo de la Garza');
    expect(a.direct ?? '').not.toContain('Pell');
  });

  it('does not name the leader of the revolutionary troops as the one who led the federal troops they fought', async () => {
    const a = await engine.ask('Who led the federal troops at the upper ford?', { userId: 'c' });
    expect(a.direct ?? '').not.toContain('Ruelas');
    const b = await engine.ask('Who led the revolutionary troops at the upper ford?', { userId: 'd' });
    expect(b.text).toContain('Tomás Ruelas');
  });

  it('does not read a president the troops served under as their commander', async () => {
    const a = await engine.ask('Who commanded the National Guard troops on the road?', { userId: 'f' });
    expect(a.direct ?? '').not.toContain('Harlan');
  });
});

/** Soldiers "under" a colonel, named by no side, beside volunteers. */
const SIDELESS = `---
id: example-1916-frio-crossing
title: Troops reach the Frio crossing
outlet: Example Valley Herald
published: 1916-05-02
url: https://example.org/frio-crossing
language: en
---
The volunteers came from Arizona, and the soldiers under Col. Maria Vega came from Texas.
`;

describe('who led the troops of one side, read from "under" without a comma', () => {
  it('does not take soldiers named by no side for the federal troops the question asks about', async () => {
    const { engine: alone } = await articlesAlone({ 'frio.md': SIDELESS });
    const a = await alone.ask('Who led the federal troops?', { userId: 'g' });
    expect(a.direct ?? '').not.toContain('Vega');
  });
});
