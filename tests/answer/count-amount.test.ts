import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: elpaso-1956-reunion
title: Veterans of 1916 border duty gather for reunion
outlet: Example Star
published: 1956-09-17
url: https://example.org/reunion
language: en
---
The Mexican Border Service Veterans Association said 412 members registered for the three-day reunion at the Hotel Cortez.
About 330 of them, with wives and widows, sat down to Saturday's banquet at $3.50 a plate.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('"how much" naming no figure\'s counted thing', () => {
  it('answers a Spanish "cuánto costaba el plato" with the sum the banquet sentence gives', async () => {
    const a = await engine.ask('cuánto costaba el plato en el banquete', { userId: 'a' });
    expect(a.text).toContain('$3.50');
  });

  it('does not answer "how much did the reunion cost" with a sum the evidence gives for no cost', async () => {
    const a = await engine.ask('how much did the reunion at the hotel cost the association', { userId: 'b' });
    expect(a.text).not.toContain('$3.50');
  });
});
