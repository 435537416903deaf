/**
 * A capitalised word the article counts ("Thirty Villistas are counted dead") names a group of people, not
 * a person's surname: a headline's run ending in it ("… and Strikes Villistas in Mountain Town") is no one,
 * and "he said" after a sentence about the group goes back to the person it was about.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const CONSUL = `---
id: xsignal-1916-consul-disputes-figures
title: "Consul disputes figures"
outlet: X Signal
published: 1916-04-01
language: en
---
Seventh Cavalry Rides Through Night and Strikes Villistas in Mountain Town

SAN ANTONIO, March 31.—Five hundred Villistas were surprised and scattered at Guerrero on Wednesday morning by a detachment of the Seventh Cavalry.

Thirty Villistas are counted dead. Two machine guns and many horses were taken.

EL PASO, Texas, March 31.—The local consul of the de facto government of Mexico said tonight that the American figures were too large. The consul said the Villistas at Guerrero numbered "not two hundred," and that the defenders of the town deserved a share of the credit.

"The soldiers of Mexico were the first to shed their blood at Guerrero," he said.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xsignal-1916-consul-disputes-figures.md': CONSUL })).kb;
}, 120_000);

describe('a counted group name', () => {
  it('makes no person of a headline run ending in a word the article counts', () => {
    expect(kb.entities.some((e) => e.type === 'person' && /Villistas/.test(e.name))).toBe(false);
  });

  it('gives "he said" after a sentence about the group to the person it was about', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('The soldiers of Mexico'));
    expect(quote?.speakerName).toMatch(/consul/i);
  });
});
