/**
 * "The second letter is longer. It is from Mr. Henry W. Dorsey, midshipman, to his father, and we give it
 * nearly entire:": "it" stands for the letter the sentence before named, so the paragraphs printed after the
 * colon are the writer's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const LETTERS = `---
id: xregister-1847-second-letter
title: "The second letter"
outlet: X Register
published: 1847-07-17
language: en
---
We print below letters from young men of this county now serving in the squadron.

The second letter is longer. It is from Mr. Amos R. Whitcombe, midshipman, to his father, and we give it nearly entire:

"The march was nine miles by the road, and the heat past anything I have known.

"We counted them at fourteen hundred men behind the works."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xregister-1847-second-letter.md': LETTERS })).kb;
}, 120_000);

describe('documentIntroducedBy', () => {
  it('gives the printed letter to the writer a sentence opening on "it" names, after one naming the letter', () => {
    const first = kb.quotes.find((x) => x.text.startsWith('The march was nine miles'));
    expect(first?.speakerName).toBe('Amos R. Whitcombe');
    const next = kb.quotes.find((x) => x.text.startsWith('We counted them'));
    expect(next?.speakerName).toBe('Amos R. Whitcombe');
  });
});
