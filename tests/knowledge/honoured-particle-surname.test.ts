/**
 * A name of two words under an honorific, with a surname's particle after them, is one person's whole name:
 * "Mrs. Carmen Ruiz de la Torre, whose shop faces the bridge," is Carmen Ruiz de la Torre, and her words
 * are hers under the whole name, not under "Carmen Ruiz".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const FLOOD = `---
id: xgazette-1922-river-flood
title: "The river rises at the crossing"
outlet: X Gazette
published: 1922-06-04
language: en
---
The river came over the lower road on Saturday night, and by morning the crossing was closed.

Mrs. Carmen Ruiz de la Torre, whose shop faces the bridge, lost most of her flour to the water.

"We carried what we could up the stairs," Mrs. Ruiz said. "The rest belongs to the river now."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xgazette-1922-river-flood.md': FLOOD })).kb;
}, 120_000);

describe('an honoured name with a surname particle', () => {
  it("gives her words to her whole name, the particle's surname included", () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('We carried what we could'));
    expect(quote?.speakerName).toBe('Carmen Ruiz de la Torre');
  });

  it('makes no body of the surname after the particle', () => {
    expect(kb.entities.some((e) => e.name === 'Torre')).toBe(false);
  });
});
