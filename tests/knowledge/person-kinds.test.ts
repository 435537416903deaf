/**
 * What the pipeline takes for a person when an article names someone new: places and organisations stay out,
 * and a Spanish name is known by its first surname.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const NOT_PEOPLE = `---
id: example-2006-guard-arrives
title: Guard arrives at the border
outlet: Example Post
published: 2006-06-20
url: https://example.org/arrives
language: en
---
Janet Napolitano, the Democratic governor of Arizona, who declared a state of emergency along the state's border with Mexico last August, has asked Washington to send the Guard.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(NOT_PEOPLE), 'not-people.md')],
    createPipelineTools(data),
  );
});

const discovered = () =>
  kb.entities
    .filter((e) => e.discovered)
    .map((e) => `${e.name} (${e.type})`)
    .sort();

describe('what is not a person', () => {
  it('a noun spelt like a verb of saying ("the state\'s border") makes no unnamed speaker', () => {
    expect(discovered()).toEqual(['Janet Napolitano (person)']);
  });
});
