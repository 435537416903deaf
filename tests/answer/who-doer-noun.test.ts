import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A radio transcript that names a squadron's commander only by the noun for the one who commands it. */
const ARTICLE = `---
id: plains-1985-majors-field-squadron
title: "The Mexican fighter squadron that trained in Greenville"
outlet: Example Plains Radio
published: 1985-02-21
url: https://example.org/majors-field-squadron
language: en
---
HOST CARL LUSK: Good morning. Marian Teague is writing the history of Majors Field.

MARIAN TEAGUE: In 1944 President Ávila Camacho decided to send a fighting unit overseas, and the fighting part of it was Squadron 201. Close to three hundred men, and about thirty of them pilots.

LUSK: Tell us about the ceremony.

TEAGUE: The flag was brought up from Mexico City by General Francisco Urquizo. The whole squadron was drawn up on the apron, and the general gave the flag to the squadron commander, Captain Radamés Gaxiola Andrade.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a who-question asked with a verb the article says as the noun for its doer', () => {
  it('answers "who commanded" a unit with the name set beside "the squadron commander"', async () => {
    const a = await engine.ask('Who commanded Squadron 201?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Gaxiola');
  });
});
