import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const RADIO = `---
id: gulfwaves-1986-trawler
title: Navy frigate nabs drug boat off Texas coast
outlet: Example Public Radio
published: 1986-06-11
url: https://example.org/trawler
language: en
---
A shrimp trawler carrying one of the largest marijuana loads ever seized off the Texas coast was towed into Port Isabel on Monday, and the ship that found it was not a Coast Guard cutter but a Navy frigate.

The people here were very careful to say so. The frigate was the USS Carrollton, on a training cruise out of Pensacola. Riding aboard it was a team of nine Coast Guardsmen. The Navy drives the ship and finds the target.

Esequiel Hernández Jr., a sophomore at Presidio High School, was grazing his family's goats when a Marine shot him.

A Mexican Army patrol led by a lieutenant drove about a half mile into New Mexico and held two agents at gunpoint.
`;

const LIVE = `---
id: frontera-2026-highway
title: Troops line the highway to Monterrey for the match
outlet: Example Digital
published: 2026-06-20
url: https://example.org/highway
language: en
---
Mexico has deployed about 2,300 soldiers along the Nuevo Laredo–Monterrey highway for today's match.
The ministry said the operation, which it calls Operación Carretera Segura, began on June 10.
`;

const CAMP = `---
id: chisos-2026-camp-raid
title: The raid on the wax camp
outlet: Example Magazine
published: 2026-05-05
url: https://example.org/camp-raid
language: en
---
Nine soldiers of Troop A, 14th Cavalry, were camped beside the wax works when the raiders came.
Three of the soldiers were killed before dawn.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(RADIO, LIVE, CAMP));
});

describe('a question asking a name', () => {
  it('answers with the sentence naming the ship, a few sentences from the words of the question', async () => {
    const a = await engine.ask('whats the name of the navy ship that found the drug boat', { userId: 'a' });
    expect(a.text).toContain('USS Carrollton');
  });

  it('answers with the name a naming verb gives ("the operation, which it calls …")', async () => {
    const a = await engine.ask('cómo se llama el operativo del ejército en la carretera a monterrey', {
      userId: 'b',
    });
    expect(a.text).toContain('Carretera Segura');
  });

  it('answers a name asked of a person ("the boy") with the person the evidence names', async () => {
    const a = await engine.ask('what was the name of the boy the marine shot', { userId: 'd' });
    expect(a.text).toContain('Hernández');
  });

  it('declines when the evidence mentions the lieutenant but names no one', async () => {
    const a = await engine.ask(
      'What was the name of the Mexican lieutenant who led the patrol into New Mexico?',
      {
        userId: 'c',
      },
    );
    expect(a.answered).toBe(false);
  });

  it('declines the names of several soldiers when the evidence names only their troop (new-articles-17 dev)', async () => {
    const a = await engine.ask('What were the names of the three soldiers killed at the wax works?', {
      userId: 'e',
    });
    expect(a.answered).toBe(false);
  });

  it('answers the names of people asked of with the person the evidence names', async () => {
    const a = await engine.ask('What were the names of the boys the marines shot?', {
      userId: 'f',
    });
    expect(a.text).toContain('Hernández');
  });
});
