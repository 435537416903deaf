/**
 * "The first letter is from Mr. JOSIAH PETTIBONE, gunner's mate …": an old paper prints a name in capitals in
 * its running text and then writes "Mr. Pettibone"; both are one person, named as names are written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const LETTERS = `---
id: xregister-1847-letters-from-the-squadron
title: "Letters from the squadron"
outlet: X Register
published: 1847-07-17
language: en
---
We print below letters from two young men of this county now serving in the squadron.

The first letter is from Mr. AMOS T. WHITCOMBE, gunner's mate of the steamer Vixen, to his brother. He says the town was taken on the 16th.

Mr. Whitcombe writes that "the heat was worse than the enemy, and no man was killed."

Our readers will remember the SUPERINTENDENT'S NOTICE printed last week.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xregister-1847-letters-from-the-squadron.md': LETTERS })).kb;
}, 120_000);

describe('runName', () => {
  it('names a person printed in capitals in running text as names are written', () => {
    const names = kb.entities.map((e) => e.name);
    expect(names).toContain('Amos T. Whitcombe');
    expect(names).not.toContain('AMOS T. WHITCOMBE');
  });

  it('gives the later "Mr. Whitcombe" words to the person printed in capitals, not to a person of his own', () => {
    const q = kb.quotes.find((x) => x.text.startsWith('the heat was worse'));
    expect(q?.speakerName).toBe('Amos T. Whitcombe');
    expect(kb.entities.map((e) => e.name)).not.toContain('Mr. Whitcombe');
  });
});
