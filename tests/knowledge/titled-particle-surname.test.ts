/**
 * A titled, aged name with a surname's particle ("Doña Refugio Aldama de Soto, 71,") is one person's whole
 * name: her quotations go to Refugio Aldama de Soto, and "de Soto" is no body of its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const GROCER = `---
id: xdiario-1961-grocer-remembers
title: "A grocer remembers"
outlet: X Diario
published: 1961-01-29
language: en
---
Fifty years ago the rebels took the town, and the old people of Mexicali still remember the morning.

"The Americans on the other side sat on their roofs as if they were at the bullfight," said Doña Refugio Aldama de Soto, 71, who kept a small grocery near the line in those years.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xdiario-1961-grocer-remembers.md': GROCER })).kb;
}, 120_000);

describe('a titled and aged name with a particle', () => {
  it('gives the quotation to the whole name, particle and married surname included', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('The Americans on the other side'));
    expect(quote?.speakerName).toBe('Refugio Aldama de Soto');
  });

  it('makes no body of the surname after the particle', () => {
    expect(kb.entities.some((e) => e.name === 'Soto')).toBe(false);
  });
});
