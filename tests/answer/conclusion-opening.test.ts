import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { withArticles } from './setup.ts';

/** A sentence drawing a conclusion ("So Kearney had him") from the sentence before it. */
const ARTICLE = `---
id: plains-2026-captain-reburial
title: Where the captain was buried
outlet: Example Plains Radio
published: 2026-01-18
url: https://example.org/captain-reburial
language: en
---
His body was moved within a few weeks to Kearney, Nebraska, where his brother lived. So Kearney had him, briefly.

So far, no marker stands at the first grave. So when did the riders come in? So, why did they wait?

So-called scouts led the way. So who was in charge?

The garrison had left in the spring. So when the riders came in, nobody met them.
`;

let index: KnowledgeIndex;

beforeAll(async () => {
  const { kb } = await withArticles(ARTICLE);
  index = new KnowledgeIndex(kb);
});

const sentence = (start: string) => index.sentences.find((s) => s.text.startsWith(start))!;

describe('a sentence opening with a word that concludes from the one before', () => {
  it('reads "So Kearney had him" with the sentence it concludes from', () => {
    expect(index.anaphoric(sentence('So Kearney').id)).toBe(true);
  });

  it('does not read "So far" or a question "So when did…" as concluding from the sentence before', () => {
    expect(index.anaphoric(sentence('So far').id)).toBe(false);
    expect(index.anaphoric(sentence('So when did').id)).toBe(false);
    expect(index.anaphoric(sentence('So, why did').id)).toBe(false);
    expect(index.anaphoric(sentence('So who was').id)).toBe(false);
  });

  it('does not read "So-called" as concluding from the sentence before', () => {
    expect(index.anaphoric(sentence('So-called').id)).toBe(false);
  });

  it('reads "So when the riders came in, nobody met them" with the sentence it concludes from', () => {
    expect(index.anaphoric(sentence('So when the riders').id)).toBe(true);
  });
});
