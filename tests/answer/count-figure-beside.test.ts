/**
 * A how-many answer whose figure is told in the sentence beside the one naming what is counted, tied to it by
 * pointing back: "Upwards of eighty of them were taken" after the deserters tore the white flag down; "He got
 * them over before dawn" after "McNelly had about 30 men". The figure is read with what the other sentence
 * names, and that sentence is shown with it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const CONVENT = `---
id: example-1847-convent-letters
title: Letters from the convent fight
outlet: Example Gazette
published: 1847-09-24
url: https://example.org/convent-letters
language: en
---
Letters from the convent fight
The convent's guns were worked by the deserters from our own ranks, who fought with the halter round their necks.
Men who were inside the walls say the Mexican soldiers three times raised a white flag and the deserters three times tore it down. Upwards of eighty of them were taken when the place fell, and courts-martial are to sit upon them.
`;

const RAID = `---
id: example-2025-river-raid-transcript
title: The raid across the river
outlet: Example Radio
published: 2025-11-19
url: https://example.org/river-raid
language: en
---
The raid across the river
The rangers had come down to the river in November after weeks of cattle raids.
McNelly had about 30 men. He got them over the river before dawn in a couple of little boats, a few at a time.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `figure-beside-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'convent.md': CONVENT, 'raid.md': RAID }));
}, 120_000);

describe('a figure in the sentence tied to the one naming what is counted', () => {
  it('answers how many deserters were taken from "Upwards of eighty of them", with the sentence naming them', async () => {
    const a = await engine.ask('How many of the deserters were taken when the convent fell?', fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/eighty/);
    expect(a.evidence.map((e) => e.text).join(' ')).toMatch(/deserters three times tore it down/);
  });
});
