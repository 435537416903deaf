import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: record-1921-nana-raid-obituary
title: Old scout of the Nana raid dies
outlet: Example Record
published: 1921-08-19
url: https://example.org/nana-raid-obituary
language: en
---
In the summer of 1881 Nana, an old Apache chief, came up out of Mexico with a small raiding band, fewer than forty warriors by the best accounts, and raided across the county for six weeks.
The American force at Carrizal was cut to pieces in the fight that June.
Mr. Odom was one of the 24 prisoners taken to Chihuahua after the fight at Carrizal.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'record-1921-nana-raid-obituary.md': ARTICLE }));
});

describe('the size of a group asked, answered by a count of its members in a word the data does not list', () => {
  it('answers "how large was the raiding band" with the warriors of the sentence naming the band', async () => {
    const a = await engine.ask('How large was the raiding band Nana brought up from Mexico?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.direct).toBe('fewer than forty warriors');
  });

  it('does not answer "how big was the American force" with prisoners of a sentence not naming the force', async () => {
    const a = await engine.ask('How big was the American force at Carrizal?', { userId: 'b' });
    expect(a.direct ?? '').not.toContain('24 prisoners');
  });
});
