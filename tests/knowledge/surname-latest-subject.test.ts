/**
 * Two people of one surname, both opening sentences of their own: a bare surname goes to the one the latest
 * sentence about either was about — opened with ("Lyle Oakes was 24.") or named as the speaker right after its
 * quotation ('"…," Wendell Oakes said') — not always to the one the article brought in first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const LETTERS = `---
id: xjournal-2014-letters-donated
title: "Grandson gives 1914 letters to the library"
outlet: X Journal
published: 2014-04-03
language: en
---
Wendell Oakes, 81, a retired pipe fitter, handed 23 letters to the library on Wednesday. The letters belonged to his grandfather, Lyle Oakes, a locomotive engineer from Kansas who ran trains in Mexico in 1914.

"They sat in a shoebox in my mother's closet for sixty years," Oakes said.

Lyle Oakes was 24. His first letter is dated March 18, 1914.

"I have seen men go up that hill three nights running and come down fewer each time," Oakes wrote.

"The family story is that they put a rifle to his back," Wendell Oakes said.

Oakes laughed when the remark was read to him. "She's the expert," he said.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xjournal-2014-letters-donated.md': LETTERS })).kb;
}, 120_000);

const speaker = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('a surname two people share, both opening sentences', () => {
  it("gives the grandfather's letter to the grandfather the latest sentence was about", () => {
    expect(speaker('I have seen men')).toBe('Lyle Oakes');
  });

  it('gives the words after the grandson spoke again to the grandson', () => {
    expect(speaker('They sat in a shoebox')).toBe('Wendell Oakes');
    expect(speaker("She's the expert")).toBe('Wendell Oakes');
  });
});
