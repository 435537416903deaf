import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from '../answer/setup.ts';

const ARTICLE = `---
id: example-1846-monterrey
title: The capitulation at Monterrey
outlet: Example Post
published: 1846-10-10
url: https://example.org/monterrey
language: en
---
The commissioners for Taylor were Gen. Worth, Gov. J. Pinckney Henderson of Texas and Col. Jefferson Davis.

He and Frank W. Johnson were the leaders of what we call the Matamoros expedition. Johnson said the town would rise for them.

Worth split his command into three storming parties under Col. Ralls, Lt. Col. Lane and Maj. Walker.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'monterrey.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors, runtime.engineData.wordnet),
  );
});

const typeOf = (name: string) => kb.entities.find((e) => e.name === name)?.type;

describe('names joined by "and" to a word before them', () => {
  it('keeps a colonel after "of Texas and" a person, not an organisation', () => {
    expect(typeOf('Jefferson Davis')).toBe('person');
  });

  it('keeps a man with a middle initial after "He and" a person, not an organisation', () => {
    expect(typeOf('Frank W. Johnson')).toBe('person');
  });

  it('keeps a titled officer after "Lt. Col. Lane and" a person', () => {
    expect(kb.entities.find((e) => e.name.endsWith('Walker'))?.type).toBe('person');
  });
});
