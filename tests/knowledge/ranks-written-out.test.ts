/**
 * A serviceman's rank written out before a name is a title, as its abbreviation is: "Private Lewis
 * McCandless, …, writes to his father, Mr. Hiram McCandless" names the private, whose letter follows, not a
 * person called "Private Lewis McCandless" whom nothing vouches for (the letter went to his father).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-1846-letters
title: Letters from the army
outlet: Example Courier
published: 1846-09-26
url: https://example.org/letters
language: en
---
FROM A VOLUNTEER.

Private Lewis McCandless, of one of the Jackson County companies of the First Regiment of Missouri Mounted Volunteers, writes to his father, Mr. Hiram McCandless of the Blue Mills neighbourhood, under date of August 20:

"Dear Father — We are in Santa Fe, and I have not fired my rifle except at an antelope, which I missed.

"Tell Mother I am well, and that the mess I am in has had no sickness since the Arkansas."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'letters.md')],
    createPipelineTools(data),
  );
});

describe('ranks written out before a name', () => {
  it('gives the letter "Private Lewis McCandless … writes to his father" introduces to the private, not the father', () => {
    for (const words of ['not fired my rifle', 'Tell Mother I am well']) {
      const q = kb.quotes.find((x) => x.text.includes(words));
      expect(q?.speakerName).toBe('Lewis McCandless');
    }
  });

  it('knows the private by his name without the rank', () => {
    const e = kb.entities.find((x) => x.name === 'Lewis McCandless');
    expect(e?.type).toBe('person');
    expect(e?.roles[0]?.title).toBe('Private');
  });
});
