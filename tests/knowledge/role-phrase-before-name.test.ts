/**
 * A phrase opened by "the" and set off before a person's name says what they are even when its head is no
 * title the lexicon lists: after "The Mexican consul at Douglas, Sr. Ramon Bustamante, who holds his
 * commission from the Carranza government, …", a later "the consul said" and "The consul, asked …, answered"
 * are Bustamante's words, not a new unnamed consul's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-1920-sonora-revolt
title: Sonora breaks with Carranza
outlet: Example Gleaner
published: 1920-04-14
url: https://example.org/sonora
language: en
---
The Mexican consul at Douglas, Sr. Ramon Bustamante, who holds his commission from the Carranza government, called the plan "a paper without value." Speaking in his office last evening, he said: "The federal government has troops enough to restore order in Sonora within a month."

The consul said the federal column numbers "not less than six thousand men, well armed." That figure was laughed at in Agua Prieta.

Merchants on G avenue said business was as usual.

The consul, asked the same question, answered: "General Obregon is a fugitive from justice."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'sonora.md')],
    createPipelineTools(data),
  );
});

describe('a role phrase opened by "the" before a name', () => {
  it('gives the words a later "the consul" speaks to the consul the article named', () => {
    for (const words of ['not less than six thousand men', 'General Obregon is a fugitive']) {
      const q = kb.quotes.find((x) => x.text.includes(words));
      expect(q?.speakerName).toBe('Sr. Ramon Bustamante');
    }
  });
});
