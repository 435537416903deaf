import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A court report on a sergeant, with his mother and his former wife sharing his surname. */
const ARTICLE = `---
id: courts-2001-sergeant-sentenced
title: Sergeant sentenced for selling sensor locations
outlet: Example Courts Reporter
published: 2001-03-23
url: https://example.org/sergeant-sentenced
language: en
---
A military jury convicted Sgt. 1st Class Gerald W. Vickery, 36, an intelligence analyst from Fort Huachuca, of bribery on Thursday.

Vickery was arrested in August at his home in Sierra Vista. Prosecutors said Vickery sold the locations of ground sensors.

Donna Vickery, 34, his former wife, testified that he had paid off a truck loan in cash.

The panel sentenced Vickery to eight years of confinement. Vickery showed no reaction.

"He was always a good boy," said Lorene Vickery, his mother.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a surname several people share', () => {
  it('answers "who is vickery" with the one the coverage speaks of most, the sergeant', async () => {
    const a = await engine.ask('who is vickery', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toContain('Gerald W. Vickery');
  });
});
