import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/**
 * A dispatch that says what was done of "a flier", names him later as "the aviator", and has a colonel speak
 * of "the aircraft": the question's "pilot" is none of the article's words.
 */
const ARTICLE = `---
id: wire-1929-border-town-bombs
title: Rebel Bombs Fall on Arizona Town; Army Rushes Troops to Naco Line
outlet: Example Wire Service
published: 1929-04-02
url: https://example.org/rebel-bombs-naco
language: en
---
NACO, Ariz., April 1. — For the second time in three days a flier in the pay of the Mexican rebels dropped homemade bombs on the federal trenches across the line at Naco, Sonora, and for the second time some of his missiles fell on American soil.

The aviator, identified by rebel officers as Patrick Murphy, an American soldier of fortune flying a single-engine biplane for the forces of Gen. José Gonzalo Escobar, came over from the south shortly after 9 o'clock Saturday night and again at dawn today.

Col. Harvey T. Brandon, commanding the border detachment, said his orders were to protect American lives and property.

Asked whether he would fire on the aircraft if it came again, the colonel said he had no authority to fire into Mexico but that his men would defend themselves.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('personSaidToBe', () => {
  it('answers a who-question asking for someone by its own noun with the person the article calls so in other words', async () => {
    const a = await engine.ask('Who was the pilot dropping bombs on Naco in 1929?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toBe('Patrick Murphy');
    expect(a.text).toContain('aviator');
  });

  it('declines a noun the article says of no one', async () => {
    const a = await engine.ask("Who was the pilot's copilot?", { userId: 'b' });
    expect(a.answered).toBe(false);
  });

  it('declines when the noun fits someone but the article does not say the rest', async () => {
    const a = await engine.ask('Who was the pilot that crashed in Nogales?', { userId: 'c' });
    expect(a.direct).not.toBe('Patrick Murphy');
  });
});
