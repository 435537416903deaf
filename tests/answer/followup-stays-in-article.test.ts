import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const MIER = `---
id: frontera-2022-mier-180
title: Mier remembers the Texan expedition of 1842
outlet: Frontera Chica
published: 2022-12-26
url: https://example.org/mier
language: en
---
The town of Mier marked on Monday the 180th anniversary of the fight in which its defenders beat back a Texan expedition.

Col. William S. Fisher led about 300 Texans across the Rio Grande in December 1842 and attacked the town. After a day and a night of fighting in the streets, Fisher surrendered to Gen. Pedro de Ampudia. In all, 243 of his men were taken prisoner and marched toward Mexico City.
`;

const MONTERREY = `---
id: caminoreal-1996-monterrey-150
title: The battle of Monterrey at 150
outlet: Camino Real Quarterly
published: 1996-09-20
url: https://example.org/monterrey
language: en
---
CAMINO REAL: How many men ended up prisoners after the battle of Monterrey, and how big were the two armies?

HISTORIAN: Taylor brought about 6,000 men against the city. About 80 of them ended up prisoners of war before the armistice.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'mier.md': MIER, 'monterrey.md': MONTERREY }));
});

describe('a follow-up stays in the article the conversation is about', () => {
  it('answers "how many of them ended up prisoners?" from the article of the last answer, not another battle\'s', async () => {
    const first = await engine.ask('How many Texans attacked Mier?', { userId: 'a' });
    expect(first.citations.map((c) => c.sourceId)).toEqual(['frontera-2022-mier-180']);
    const a = await engine.ask('how many of them ended up prisoners?', { userId: 'a' });
    expect(a.text).toContain('243');
    expect(a.citations.map((c) => c.sourceId)).toEqual(['frontera-2022-mier-180']);
  });

  it('answers the same question from the other article when it is asked first', async () => {
    const a = await engine.ask('How many men ended up prisoners of war after the battle of Monterrey?', {
      userId: 'b',
    });
    expect(a.text).toContain('About 80');
  });
});
