import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { leadsIntoAct, setsTheScene } from '../../src/answer/side-verbs.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: harbor-1958-training-cruise
title: Training ship sails on its long cruise
outlet: Example Harbor News
published: 1958-06-02
url: https://example.org/cruise
language: en
---
The training ship Constellation sailed from Norfolk on Monday with 300 cadets aboard.

This year's cruise was to last 254 days and take the ship to 22 ports in 15 countries.

The captain, Harold Beeman, said the weather off the Azores would decide the first leg.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  const built = await articlesAlone({ 'harbor-1958-training-cruise.md': ARTICLE });
  engine = built.engine;
  runtime = built.runtime;
});

const tokens = (q: string) => runtime.questionNlp.analyse(q).tokens;
const at = (q: string, word: string) => tokens(q).findIndex((t) => t.normal === word);
const isVerb = (w: string) => (runtime.engineData.wordnet?.firstWaySenseWords(w).length ?? 0) > 0;

describe('a question whose verb only leads into the act it asks ("supposed to visit")', () => {
  it('is answered from the sentence that says the act, though the article never says "supposed"', async () => {
    const a = await engine.ask('How many ports was the ship supposed to visit on the whole cruise?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('22 ports');
  });
});

describe('leadsIntoAct', () => {
  it('holds for a verb followed by "to" and a verb', () => {
    const q = 'How many ports was the ship supposed to visit?';
    expect(leadsIntoAct(tokens(q), at(q, 'supposed'), isVerb)).toBe(true);
    expect(setsTheScene(tokens(q), 'suppose', { yesNo: false, isVerb })).toBe(true);
  });

  it('does not hold for the verb after "to", nor for a verb with no verb after it', () => {
    const q = 'How many ports was the ship supposed to visit?';
    expect(leadsIntoAct(tokens(q), at(q, 'visit'), isVerb)).toBe(false);
    const sailed = 'When did the ship sail to Norfolk?';
    expect(leadsIntoAct(tokens(sailed), at(sailed, 'sail'), isVerb)).toBe(false);
  });

  it('leaves the verb to be said in a yes/no question, which asks to confirm it ("was he promoted to general")', () => {
    const q = 'Was Beeman promoted to general after the cruise?';
    expect(setsTheScene(tokens(q), 'promote', { yesNo: true, isVerb })).toBe(false);
  });
});
