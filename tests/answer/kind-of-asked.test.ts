import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { namesKindOf, namesOfficeOf } from '../../src/answer/kind-of-asked.ts';
import { WordNet } from '../../src/nlp/wordnet.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';
import { articlesAlone } from './setup.ts';

describe('namesKindOf', () => {
  const wordnet = new WordNet(readFileSync(join(KNOWLEDGE_DIR, 'wordnet.txt'), 'utf8'));

  it('takes a direct kind of the asked noun for one of it, not the noun for its kind', () => {
    expect(namesKindOf(wordnet, 'hacienda', 'estate')).toBe(true);
    expect(namesKindOf(wordnet, 'house', 'building')).toBe(true);
    expect(namesKindOf(wordnet, 'estate', 'hacienda')).toBe(false);
    expect(namesKindOf(wordnet, 'estate', 'estate')).toBe(false);
  });

  it('passes through a kind WordNet writes only in phrases when asked to ("customhouse", a government building)', () => {
    expect(namesKindOf(wordnet, 'customhouse', 'building')).toBe(false);
    expect(namesKindOf(wordnet, 'customhouse', 'building', true)).toBe(true);
    expect(namesKindOf(wordnet, 'roof', 'building', true)).toBe(false);
  });
});

describe('namesOfficeOf', () => {
  const wordnet = new WordNet(readFileSync(join(KNOWLEDGE_DIR, 'wordnet.txt'), 'utf8'));

  it('takes the word for an office holder for the post WordNet forms from it, not for any kind', () => {
    expect(namesOfficeOf(wordnet, 'secretary', 'post')).toBe(true);
    expect(namesOfficeOf(wordnet, 'governor', 'position')).toBe(true);
    expect(namesOfficeOf(wordnet, 'secretary', 'building')).toBe(false);
    expect(namesOfficeOf(wordnet, 'worker', 'post')).toBe(false);
  });
});

const DISPATCH = `---
id: example-1851-river-dispatch
title: News from the river towns
outlet: Example River Gazette
published: 1851-10-20
url: https://example.org/river-dispatch
language: en
---
The insurgent chief Ramon Ortega proclaimed his programme at the hacienda of Los Olmos, below Mier, on the 9th of the month.
His men then crossed the river and camped for two days in the cane brakes.
The garrison of the town sent out a scout of forty lancers, who came back without finding them.
`;

describe('a "which <noun>" question answered by a kind of the noun', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await articlesAlone({ 'dispatch.md': DISPATCH }));
  }, 300_000);

  it('names the estate the article calls a hacienda', async () => {
    const a = await engine.ask('On which estate did Ortega proclaim his programme?', { userId: 'k' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Los Olmos');
  });
});
