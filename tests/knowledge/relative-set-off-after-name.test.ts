/**
 * "Mrs. Ida Harlan Purcell, his daughter, with whom he lived in his last years, said her father '…'": a
 * relative set off after a name is that name's apposition; the one named speaks, not the daughter of the
 * last man named before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const ARTICLE = `---
id: example-1932-trooper
title: Example
outlet: Example Tribune
published: 1932-05-12
url: https://example.org/trooper
language: en
---
His old comrade Peter Gaskill of Willcox takes the other side. "Wes went, all right," Mr. Gaskill said Wednesday.

Mrs. Ida Harlan Purcell, his daughter, with whom he lived in his last years, said her father "never told it bigger on Saturday night than he did on Sunday morning."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await articlesAlone({ 'trooper.md': ARTICLE }));
}, 120_000);

describe('a relative set off after a name, before a relative clause', () => {
  it("credits the words to the woman named, not to the last man named's daughter", () => {
    const quote = kb.quotes.find((q) => q.text.includes('never told it bigger'));
    expect(quote?.speakerName).toBe('Ida Harlan Purcell');
  });
});
