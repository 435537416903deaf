/**
 * '"…," is what Ramírez said to us', '"…," was how Ramírez described it': a cleft's "is what" or "was how"
 * opens the tag after the words, and the one it names speaks, not the speaker quoted before; in the tag, a verb
 * whose object is the words' "it" says them ("is how one of the women put it").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const VILLAGE = `---
id: xcourier-1998-the-village
title: "The village"
outlet: X Courier
published: 1998-06-12
language: en
---
Rosalba Téllez, a teacher, visited the village. She met Pedro Ramírez Ortega, a farmer. "We will go," she said. "We will stay here," is what Ramírez said to us.

Later she met the farmer again. "We will go on," she said. "We will stay here now," was how Ramírez described it.

Rosalba Téllez spoke with the women of the village. "The soldiers came to punish a village," is how one of the women put it to us.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xcourier-1998-the-village.md': VILLAGE })).kb;
}, 120_000);

describe('speakerAfter', () => {
  it('reads the tag after a cleft\'s "is what" for the one it names', () => {
    expect(kb.quotes.find((x) => x.text === 'We will stay here')?.speakerName).toBe('Pedro Ramírez Ortega');
  });

  it('reads the tag after a cleft\'s "was how" for the one it names', () => {
    expect(kb.quotes.find((x) => x.text === 'We will stay here now')?.speakerName).toBe(
      'Pedro Ramírez Ortega',
    );
  });

  it('reads a verb with "it" after it as the verb of saying of a cleft\'s tag', () => {
    expect(kb.quotes.find((x) => x.text.startsWith('The soldiers came'))?.speakerName).toBe(
      'one of the women',
    );
  });
});
