/**
 * A verb and the word after it read as the one act WordNet writes in two words ("broke loose" is "escaped"):
 * the count is answered from the sentence saying the act in one word. Real text: La Voz de la Frontera
 * Chica's translated report on the Mier expedition (tests/fixtures/articles-30, dev question a30-068).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { phrasalVerbs } from '../../src/answer/phrasal-verb.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: fronterachica-2022-mier-defense-180-translated
title: "180 years after the 'Defense of Mier,' the town remembers the Christmas the Texans came across the river"
outlet: La Voz de la Frontera Chica (Ciudad Mier, Tamaulipas)
published: 2022-12-26
url: https://example.org/mier
language: en
---
MIER, Tamaulipas — The Texans who surrendered at Mier on Dec. 26, 1842, were taken south as prisoners.

The prisoners were marched by way of Matamoros, Monterrey and Saltillo. At the Hacienda del Salado, south of Saltillo, on Feb. 11, 1843, 181 of them overpowered their guards and escaped into the mountains. Lost and without water, almost all were recaptured; by the end of the month 176 were back in Mexican hands.

The town keeps the memory of the defense every December with a ceremony in the main square.
`;

let engine: AnswerEngine;
let runtime: Awaited<ReturnType<typeof articlesAlone>>['runtime'];

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({
    'fronterachica-2022-mier-defense-180-translated.md': ARTICLE,
  }));
}, 300_000);

describe('a verb of two words asked', () => {
  it('answers how many "broke loose" with the figure of those who escaped', async () => {
    const a = await engine.ask('How many of the captives broke loose at the hacienda?', { userId: 'loose' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('181');
  });

  it('reads "broke loose" as one WordNet verb and "broke the lock" as none', () => {
    const nlp = runtime.questionNlp;
    const wordnet = runtime.engineData.wordnet;
    const read = (q: string) => phrasalVerbs(nlp.analyse(q).tokens, wordnet).map((p) => p.phrasal);
    expect(read('How many of the captives broke loose at the hacienda?')).toEqual(['break_loose']);
    expect(read('Who broke the lock at the hacienda?')).toEqual([]);
  });

  it('reads no verb of two words in a verb and the preposition of its object', () => {
    const read = (q: string) =>
      phrasalVerbs(runtime.questionNlp.analyse(q).tokens, runtime.engineData.wordnet).map((p) => p.phrasal);
    expect(read('What did they tell the locals they were going to farm?')).toEqual([]);
    expect(read("When did Fremont's men get to Sonoma?")).toEqual([]);
    expect(read('How many Mexican soldiers were waiting on the far bank?')).toEqual([]);
  });
});
