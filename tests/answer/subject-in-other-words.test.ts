/**
 * A question whose every word the coverage says only in other words ("the insurgents … the seized cash" of
 * "the rebels … took the money") has a subject the coverage knows: it is answered, not put out of scope.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: cachanilla-1961-mexicali-taken
title: "Fifty years since the rebels took Mexicali"
outlet: Diario Cachanilla
published: 1961-01-29
url: https://diariocachanilla.example/1961/01/29/mexicali
language: en
---
On the morning of January 29, 1911, a band of about twenty armed men crossed from Calexico and took Mexicali without a fight.

The rebels carried papers of the Liberal Party program, and they took the money in the customs house and in the other government offices, because they needed funds to buy arms and food.

The customs officers who stayed were told to conduct themselves with restraint and to detain no one.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

const user = () => ({ userId: `u${Math.random()}` });

describe('a question asked wholly in other words than the coverage', () => {
  it('answers from the sentence that says it in its own words', async () => {
    const a = await engine.ask('What did the insurgents want the seized cash for?', user());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('buy arms');
  });

  it('does not take an act for a subject by a rarer sense ("deport" oneself is "conduct" oneself)', async () => {
    const a = await engine.ask('how many ppl did ICE deport last year', user());
    expect(a.answered).toBe(false);
  });

  it('still puts out of scope a question whose words the coverage says in no words', async () => {
    const a = await engine.ask('how does photosynthesis work in ferns', user());
    expect(a.answered).toBe(false);
  });
});
