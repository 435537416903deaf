/**
 * Inside a quotation, "me" after a preposition ("said to me") is whom the words were said to, never who said
 * them: the one the speaker describes before the verb, with what qualifies them ("a man of his company"),
 * says the words nested there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-1897-journal
title: Death of an old soldier
outlet: Example Journal
published: 1897-05-02
url: https://example.org/journal
language: en
---
Silas P. Vance, a veteran of the Fifth Ohio, died at his home on Sunday.

"The first thing I saw in the square was the captain lying by the well with his hat over his face," Mr. Vance said. "A man of his company, shaking like a leaf, said to me, 'They shot him from the church tower, and nobody saw who did it.' I was nineteen years old."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'journal.md')],
    createPipelineTools(data),
  );
});

describe('words said "to me" inside a quotation', () => {
  it('gives them to the man the speaker describes, not to the speaker', () => {
    const q = kb.quotes.find((x) => x.text.startsWith('They shot him'));
    expect(q?.speakerName.toLowerCase()).toBe('a man of his company');
  });

  it("keeps the speaker's own words his", () => {
    expect(kb.quotes.find((x) => x.text.startsWith('The first thing'))?.speakerName).toBe('Silas P. Vance');
  });
});
