import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: kspx-2022-breakout-words-test
title: The breakout and the French raid
outlet: Example Public Radio
published: 2022-04-29
url: https://example.org/breakout-words
language: en
---
On April 19 the band broke out of the reservation. They killed the reservation's chief of police, Albert Sterling, on the way out.

At dawn on July 13, 1854, some 400 armed Frenchmen marched out of their quarters near the wharf and attacked the garrison of Guaymas.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('an office an article names in its words', () => {
  it('does not read "the chief of police" as an office the coverage lacks when an article names it', () => {
    expect(
      engine.read('What happened to the chief of police when the band broke out?').unknownSubjects,
    ).toEqual([]);
  });

  it('still reads an office no article names in those words as unknown', () => {
    expect(engine.read('What did the chief of staff say about the breakout?').unknownSubjects).toContain(
      'chief of staff',
    );
  });
});

describe('a "-man" word the coverage writes as "-men"', () => {
  it('reads "Frenchman" as the coverage\'s "Frenchmen"', () => {
    expect(engine.read('Which garrison did the Frenchman attack?').unknownSubjects).toEqual([]);
  });

  it('still reads a "-man" word with no "-men" in the coverage as unknown', () => {
    expect(engine.read('Which garrison did the Englishman attack?').unknownSubjects).toContain('Englishman');
  });
});

describe('a Spanish question whose words the lexicon holds only in other forms', () => {
  it('reads "cuantos franceses atacaron guaymas" as Spanish and gives the figure', async () => {
    const a = await engine.ask('cuantos franceses atacaron guaymas en 1854?', { userId: 'es' });
    expect(a.direct).toContain('400');
  });

  it('leaves an English question with English plurals and past tenses in English', async () => {
    const a = await engine.ask('How many Frenchmen attacked the garrison in 1854?', { userId: 'en' });
    expect(a.text).not.toContain('Según');
    expect(a.direct).toContain('400');
  });
});
