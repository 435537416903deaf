/**
 * "The" and a general noun for a person point back to the latest person described by a kind of that noun:
 * "the officer said" after "a lieutenant colonel who did not wish to be named" is the lieutenant colonel
 * (WordNet: a colonel is an officer), not a description no one answers to.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-1984-raid
title: Army burns the marijuana of El Búfalo
outlet: Example Diario
published: 1984-11-12
url: https://example.org/raid
language: en
---
At a checkpoint on the road leading to the property, a lieutenant colonel who did not wish to be named, and who said he was not authorized to make statements, allowed this newspaper's correspondent to watch the trucks come and go for some minutes. He said the soldiers were under orders to burn everything found in the sheds and fields.

"There is so much that the fire will not take it all at once," the officer said. "We are burning it in piles, sector by sector."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge([parseSource(new TextEncoder().encode(ARTICLE), 'raid.md')], createPipelineTools(data));
});

describe('a general noun pointing back to a kind of it', () => {
  it('gives "…," the officer said to the lieutenant colonel described before', () => {
    for (const words of ['the fire will not take it all', 'burning it in piles']) {
      const q = kb.quotes.find((x) => x.text.includes(words));
      expect(q?.speakerName).toBe('a lieutenant colonel');
    }
  });
});
