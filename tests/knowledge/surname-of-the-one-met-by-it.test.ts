/**
 * Two people of one surname, one met so far only by a first name ("addressed to his brother Daniel") and
 * named in full later: a bare surname, and one under the title the other was introduced with ("FROM PRIVATE
 * RUMMEL."), is the one the reader has met under that surname.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const LETTERS = `---
id: xdemocrat-1847-puebla-letters
title: "Letters from Puebla"
outlet: X Democrat
published: 1847-12-15
language: en
---
The first is from Private Jacob Rummel, a moulder by trade, who enlisted at Ebensburg, and is addressed to his brother Daniel, of this borough. The second is from Lieutenant Amos Dibert, of the same company, to his wife.

FROM PRIVATE RUMMEL.

Rummel writes that the trouble began with the guerrillas. "At first it was only the rancheros and the town rabble," he writes.

Mr. Daniel Rummel, to whom the first letter is addressed, added a word of complaint: "The boys have not been paid since July."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xdemocrat-1847-puebla-letters.md': LETTERS })).kb;
}, 120_000);

describe('a bare surname two people share', () => {
  it('gives the letter-writer his words, not the brother named in full only later', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('At first it was only the rancheros'));
    expect(quote?.speakerName).toBe('Jacob Rummel');
  });

  it('still gives the brother his own words once he is named in full', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('The boys have not been paid'));
    expect(quote?.speakerName).toBe('Daniel Rummel');
  });
});
