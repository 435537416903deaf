import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from '../answer/setup.ts';

const ARTICLE = `---
id: example-1853-mesilla
title: The Mesilla strip
outlet: Example Post
published: 2003-03-13
url: https://example.org/mesilla
language: en
---
That put the Mesilla Valley, a strip of some 6,000 square miles, on the Mexican side.

In March 1853, the governor of New Mexico Territory, William Carr Lane, crossed to Doña Ana and issued a proclamation claiming the Mesilla Valley for the United States.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'mesilla.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors, runtime.engineData.wordnet),
  );
});

describe('names headed by a noun for a place', () => {
  it('types "the Mesilla Valley" as a place, not an organisation', () => {
    expect(kb.entities.find((e) => e.name === 'Mesilla Valley')?.type).toBe('place');
  });
});
