/**
 * "A merchant of this place, a native of Bordeaux, assures me that trade will 'come back …'": words quoted in
 * part after the verb of a sentence whose subject is an unnamed person are that person's, read past what
 * qualifies the noun before the verb (a prepositional phrase and a part set off by commas), not the speaker of
 * the paragraph before. The one a verb of saying was said to ("told Major Isaac Lynde") is no other speaker.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const ARTICLE = `---
id: example-1848-port-letter
title: Example
outlet: Example Courier
published: 1848-06-20
url: https://example.org/port-letter
language: en
---
"The transports are loading," Gen. William Worth said on Monday.

A merchant of this place, a native of Bordeaux, assures me that trade will "come back with the flag, as the birds come back after a storm."

"The post cannot be held," Capt. Alfred Gibbs wrote. A deserter brought into the fort on the night of the 24th told Major Isaac Lynde the enemy was "between 300 and 400" strong.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await articlesAlone({ 'port.md': ARTICLE }));
}, 120_000);

describe('words quoted in part after the verb of a subject qualified before it', () => {
  const speakerOf = (words: string) => kb.quotes.find((q) => q.text.includes(words))?.speakerName;

  it('credits the words to the merchant set off by an apposition, not to the general named before', () => {
    expect(speakerOf('as the birds come back')).toBe('a merchant of this place');
  });

  it('credits the words to the deserter, not to the major he told them to', () => {
    expect(speakerOf('between 300 and 400')?.toLowerCase()).toBe('a deserter');
  });
});
