import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A wire report naming a band's leaders only by the noun for the one who leads, its "of" phrase and a colon. */
const ARTICLE = `---
id: example-1965-sierra-barracks-attack
title: "Attack on Sierra Alta barracks leaves 13 dead"
outlet: Example Press Wire
published: 1965-09-24
url: https://example.org/sierra-alta-barracks-attack
language: en
---
SIERRA ALTA, Chihuahua, Sept. 23 — A band of armed men attacked the army barracks here at dawn today, and eight of the attackers were killed.

The dead attackers included the two men named by authorities as the leaders of the band: Ramiro Ostos Lerma, 25, a rural schoolteacher, and Dr. Leandro Pavía Cuéllar, 39, a physician who taught at a normal school.

A woman who sells tortillas near the barracks said the attackers had tried to fight their way in at the gate.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a who-question answered by the noun for the doer of the asked verb and what they did it to', () => {
  it('answers "who led them" with the name after "the leaders of the band:"', async () => {
    await engine.ask('How many attackers were killed at the Sierra Alta barracks?', { userId: 'a' });
    const a = await engine.ask('and who led them?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('**Ramiro Ostos Lerma**');
  });
});
