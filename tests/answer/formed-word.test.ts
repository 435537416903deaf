import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { formedFrom } from '../../src/answer/said-in-other-words.ts';
import type { WordNet } from '../../src/nlp/wordnet.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: sentinel-1881-ranch-raid
title: Raiders strike the Rincón ranch
outlet: Example Sentinel
published: 1881-05-04
url: https://example.org/rincon
language: en
---
Raiders from across the river stole forty horses from the Rincón ranch on Sunday night.

The foreman, Tomás Ybarra, departed for Fort Brown at daybreak to ask the post for a detachment of cavalry.

The detachment buried two of the raiders near the ford on Tuesday.
`;

let engine: AnswerEngine;
let wordnet: WordNet;

beforeAll(async () => {
  const built = await articlesAlone({ 'sentinel-1881-ranch-raid.md': ARTICLE });
  engine = built.engine;
  wordnet = built.runtime.engineData.wordnet!;
});

describe('a question that names an act by a noun formed from the verb the article uses', () => {
  it('is answered from the sentence that says the act ("the burial": "buried")', async () => {
    const a = await engine.ask('Where was the burial of the two raiders?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('near the ford');
  });
});

describe('formedFrom', () => {
  it('joins a noun for an act and the verb it is formed from', () => {
    expect(formedFrom(wordnet, 'departure', 'depart')).toBe(true);
    expect(formedFrom(wordnet, 'burial', 'bury')).toBe(true);
  });

  it('does not make a doer the act ("the driver" is not whoever drove)', () => {
    expect(wordnet.derived('driver', 'drive')).toBe(true);
    expect(formedFrom(wordnet, 'driver', 'drive')).toBe(false);
    expect(formedFrom(wordnet, 'writer', 'write')).toBe(false);
  });
});
