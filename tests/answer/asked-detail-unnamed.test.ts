import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const OBITUARY = `---
id: lantern-1936-obituary
title: Former patrol inspector dies at 47
outlet: Example Lantern
published: 1936-05-07
url: https://example.org/obituary
language: en
---
Delbert Amos Fairley, a sergeant of the cavalry in the Mexican campaign of 1916 and for ten years a patrol inspector at this port, died at his home on Morley Street Tuesday evening after an illness of several months.

He was born in Cooke County, Texas, in 1889, and came to the border with his regiment in 1914.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(OBITUARY));
});

describe('a detail the article speaks of but does not give', () => {
  it('declines "what illness" when the obituary says only "after an illness of several months"', async () => {
    const a = await engine.ask('What illness did Delbert Fairley die of?', { userId: 'a' });
    expect(a.answered).toBe(false);
  });
});
