/**
 * "How many troops does he think Mexico has?" asks the figure a person gives as their own judgement, not the one
 * they pass on from others in the same breath.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { NumberFact } from '../../src/knowledge/schema.ts';
import { givenAsOwn } from '../../src/answer/own-estimate.ts';
import { articlesAlone } from './setup.ts';

const TRANSCRIPT = `---
id: kxyz-1994-chiapas-army-transcript
title: "Border Hour: The Mexican Army in Chiapas"
outlet: KXYZ Public Radio — "Border Hour" transcripts
published: 1994-01-14
url: https://example.org/chiapas-army
language: en
---
MARTA OCHOA, HOST: Good morning. With us is retired Colonel Walter Brandt, who spent twenty years in the U.S. Army.

OCHOA: Colonel, how big is the army's force in Chiapas now?

COL. WALTER BRANDT (RET.), U.S. ARMY: The figure I've seen in the Mexican press is about twelve thousand troops in the state. I'd guess it's closer to fifteen thousand, if you count the units that came in from Tabasco and Oaxaca in the first week.

OCHOA: Thank you, Colonel.
`;

const figure = (text: string) => ({ text }) as NumberFact;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'chiapas.md': TRANSCRIPT }));
});

describe('a figure asked as what someone thinks', () => {
  it('answers "how many troops does the colonel think the army has" with his own guess, not the papers\' figure he reports', async () => {
    const a = await engine.ask('How many troops does Colonel Brandt think the army has in the state?', {
      userId: 'own-estimate',
    });
    expect(a.direct).toContain('fifteen thousand');
  });
  it('answers the same asked as a follow-up, "he" pointing back to the colonel', async () => {
    const user = { userId: 'own-estimate-followup' };
    await engine.ask('Who is Walter Brandt?', user);
    const a = await engine.ask('How many troops does he think the army has in the state?', user);
    expect(a.direct).toContain('fifteen thousand');
  });
});

describe('givenAsOwn', () => {
  const said = {
    text: "COL. WALTER BRANDT: The figure I've seen in the papers is about twelve thousand troops. I'd guess it's closer to fifteen thousand.",
  };
  it('takes a figure in a sentence the speaker opens in the first person as their own', () => {
    expect(givenAsOwn(figure('fifteen thousand'), said)).toBe(true);
    expect(
      givenAsOwn(figure('four thousand'), {
        text: '"I would not put the number above four thousand at the most."',
      }),
    ).toBe(true);
  });
  it('does not take a figure the speaker reports others giving as their own', () => {
    expect(givenAsOwn(figure('twelve thousand'), said)).toBe(false);
    expect(
      givenAsOwn(figure('ten thousand'), {
        text: '"The men will tell you Santa Anna had ten thousand," he writes.',
      }),
    ).toBe(false);
  });
});
