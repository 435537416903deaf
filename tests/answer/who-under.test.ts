import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A body of men "under" its commander, and troops sent "under" an order, which names no commander. */
const ARTICLE = `---
id: plains-1912-ojo-caliente-garrison
title: Garrison holds Ojo Caliente
outlet: Example Plains Courier
published: 1912-05-04
url: https://example.org/ojo-caliente-garrison
language: en
---
The attack on Ojo Caliente began before dawn on Friday.
The garrison of Ojo Caliente, under Col. Ramiro Esparza Tovar, held the river ford through the night.
The troops were sent north under the president's order.
The scouts put it at about two hundred men, of the 1st Texas Cavalry (Union), with a part of the 2nd Texas, under a Major Alfred Holt.
The Mexican troops under Gen. Tomás Ibarra ambushed the volunteers at Arroyo Seco before sunrise.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('who led a body of men, read from "under"', () => {
  it('names the commander after "under" as the one who commanded the garrison', async () => {
    const a = await engine.ask('Who commanded the garrison of Ojo Caliente?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('Esparza');
  });

  it('names the commander after "under a Major", as an old dispatch writes it', async () => {
    const a = await engine.ask('Who commanded the two hundred men of the 1st Texas Cavalry?', {
      userId: 'b',
    });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('Holt');
  });

  it('names the general the troops were under, "Gen." being a military rank', async () => {
    const a = await engine.ask('Who led the Mexican troops at Arroyo Seco?', { userId: 'c' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('Ibarra');
  });
});
