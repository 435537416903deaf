/**
 * "One of them, a young drover who asked that his name be kept out of the papers, told me …": the phrase set
 * beside a subject picking one out of a group says which one, and is a speaker of its own; the "he said" of
 * his words after is his, not the colonel's named before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const LETTER = `---
id: xcourier-1863-ferry-letter
title: "From the ferry"
outlet: X Courier
published: 1863-04-02
language: en
---
Col. Rafael Ochoa ordered the wagons drawn up at the landing before dark, and set a guard of drovers over them.

The men whom the colonel set over the wagons sat by them with lanterns until morning. One of them, a young drover who asked that his name be kept out of the papers, told me he had never been so cold in his life.

"Nine wagons and one lantern," he said. "I did not sleep a minute."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xcourier-1863-ferry-letter.md': LETTER })).kb;
}, 120_000);

describe('a description set beside "one of them"', () => {
  it('is the speaker "he" stands for in the next paragraph', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('Nine wagons'));
    expect(quote?.speakerName).toBe('a young drover');
  });
});
