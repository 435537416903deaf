/**
 * A sentence counting people by two acts ("thirty-three Mexicans were killed at Pilares and eight wounded"):
 * the figure of the asked act answers, whichever figure names the people. Real text: the Chinati Courier's
 * 1918 report of the Pilares fight (tests/fixtures/articles-36, dev question a36-039).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: chinaticourier-1918-pilares
title: "Cavalry Follows Trail to Pilares"
outlet: The Chinati Courier (Marfa) — Border News
published: 1918-03-29
url: https://example.org/pilares
language: en
---
PILARES, Chihuahua — Troops of the Eighth Cavalry crossed the river at daylight on the trail of the raiders who struck the Neville ranch.

By the Army's count, thirty-three Mexicans were killed at Pilares and eight wounded. One American was killed, Private Carl Alberts.

The troopers destroyed all but one house in the village and brought back part of the property taken from the Neville ranch.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'chinaticourier-1918-pilares.md': ARTICLE }));
}, 300_000);

describe('a count of the asked act among two counts of one people', () => {
  it('answers how many were wounded with the eight wounded', async () => {
    const a = await engine.ask('How many Mexicans were wounded at Pilares?', { userId: 'wounded' });
    expect(a.direct).toContain('eight');
  });

  it('still answers how many were killed with the thirty-three', async () => {
    const a = await engine.ask('How many Mexicans were killed at Pilares?', { userId: 'killed' });
    expect(a.direct).toContain('thirty-three');
  });

  it('answers the Spanish question "cuántos resultaron heridos" as the English one', async () => {
    const a = await engine.ask('¿Cuántos mexicanos resultaron heridos en Pilares?', { userId: 'heridos' });
    expect(a.direct).toContain('eight');
  });
});
