/**
 * "A rancher west of Douglas, who asked not to be named because, he said, 'I have to live here,' called the
 * ruling …": the "he" inside the sentence that opens on an unnamed person is that person, and so is the "he
 * said" after a quotation of two sentences, and the words that run on after it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const ARTICLE = `---
id: example-1982-appeal
title: Example
outlet: Example Review
published: 1982-02-11
url: https://example.org/appeal
language: en
---
A Justice Department spokesman in Washington said the case was closed, and he declined further comment.

A farmer east of Bisbee, who asked not to be named because, he said, "I have to live here," called the ruling federal meddling. "The jury heard it and let them go. Now they try again," he said. "Nobody has done a thing about the thefts out here."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await articlesAlone({ 'appeal.md': ARTICLE }));
}, 120_000);

describe('a sentence opening on an unnamed person, with his words inside it and after it', () => {
  const speakerOf = (words: string) => kb.quotes.find((q) => q.text.includes(words))?.speakerName;

  it('credits "he said" inside the opening sentence to the farmer, not the spokesman named before', () => {
    expect(speakerOf('I have to live here')).toBe('A farmer');
  });

  it('credits the "he said" after a quotation of two sentences to the farmer', () => {
    expect(speakerOf('The jury heard it')).toBe('A farmer');
  });

  it('credits the words running on after it to the farmer too', () => {
    expect(speakerOf('Nobody has done a thing')).toBe('A farmer');
  });
});
