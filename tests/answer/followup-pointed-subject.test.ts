/**
 * "Who was the pilot?" → Murphy → "who was he flying for?" → Escobar → "how old is he?": the person the
 * second question asked about (its "he") is still the subject; the one its answer named is whom it asked for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const RAID = `---
id: sonoranwire-1929-naco-flier
title: Rebel flier bombs Naco
outlet: Example Sonoran Wire
published: 1929-04-02
url: https://example.org/naco-flier
language: en
---
Rebel flier bombs Naco
NACO, Ariz., April 1. — Patrick Murphy, a pilot in the pay of the Mexican rebels, dropped homemade bombs on the federal trenches at Naco, Sonora.
Murphy was flying for the forces of Gen. José Gonzalo Escobar, who paid him in gold.
Murphy, 31, learned to fly in the Army.
Escobar, 47, leads the revolt in Sonora.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-pointed-subject-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'naco.md': RAID }));
}, 120_000);

describe('a pronoun after a who-question asked of "he"', () => {
  it('still means the person that question asked about, not the one its answer named', async () => {
    const user = fresh();
    expect((await engine.ask('Who was the pilot dropping bombs on Naco?', user)).text).toContain('Murphy');
    expect((await engine.ask('who was he flying for?', user)).text).toContain('Escobar');
    const age = await engine.ask('how old is he?', user);
    expect(age.answered).toBe(true);
    expect(age.text).toContain('31');
    expect(age.text).not.toContain('47');
  });

  it('means the answer\'s person after a who-question asked of "him"', async () => {
    const user = fresh();
    expect((await engine.ask('Who was the pilot dropping bombs on Naco?', user)).text).toContain('Murphy');
    expect((await engine.ask('who paid him?', user)).text).toContain('Escobar');
    const age = await engine.ask('how old is he?', user);
    expect(age.text).toContain('47');
  });
});
