import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Words given by a pronoun, the speaker named sentences before. */
const ARTICLE = `---
id: coast-2025-patrol-flights
title: Patrol flights off the coast draw attention
outlet: Example Coast Post
published: 2025-02-21
url: https://example.org/patrol-flights
language: en
---
Col. Marta Ibarra, a retired air force officer who teaches at the state university, has followed the patrol flights for years.
Reporters asked her about the photographs shared this week.
"Nothing about those flights is new. What is new is that everyone posts pictures of them," she said.
"But people are scared of the word 'military.' They hear it and they panic," she said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('who said words the question gives without quotation marks', () => {
  it('answers with the quotation’s speaker, named before the words', async () => {
    const a = await engine.ask('who said that nothing about those flights is new?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toBe('Marta Ibarra');
  });

  it('finds the words with one of them misremembered and a word in quotation marks', async () => {
    const a = await engine.ask("who said that people is scared of the word 'military'?", { userId: 'b' });
    expect(a.direct).toBe('Marta Ibarra');
  });
});
