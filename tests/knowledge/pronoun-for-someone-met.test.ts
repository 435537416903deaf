/**
 * "He told me, '…'" inside a speaker's quotation, after a sentence opening with that speaker and telling of
 * someone they met ("heard of it as a boy from an old man who …", "said one boy asked her …"): the "he" is
 * that person, not the last man the article named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-1936-citizen
title: The siege remembered
outlet: Example Citizen
published: 1936-12-06
url: https://example.org/citizen
language: en
---
Col. Edward Burleson took the town on the fifth day, and Gen. Martín Cos marched his men south.

Amos Whitfield, 90, who came in from Gonzales for the program, heard of the last day as a boy from an old man who had carried powder for the artillery. "He told me, 'We had no more than a keg left when the white flag went up,' and I have never forgotten it," Mr. Whitfield said.

On Monday the schools were open. Lucía Barrón, who teaches third grade, said one girl asked her a question she could not answer. "She asked me, 'Teacher, will the soldiers stay?' and I did not know what to tell her," Mrs. Barrón said.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'citizen.md')],
    createPipelineTools(data),
  );
});

const speakerOf = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName;

describe('a pronoun inside a quotation for someone the speaker met', () => {
  it('gives the nested words to the old man the speaker heard them from', () => {
    expect(speakerOf('We had no more than a keg')).toBe(
      'an old man who had carried powder for the artillery',
    );
  });

  it('gives the nested question to the girl the teacher said asked it', () => {
    expect(speakerOf('Teacher, will the soldiers stay?')).toBe('one girl');
  });
});
