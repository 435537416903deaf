import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from '../answer/setup.ts';

const ARTICLE = `---
id: example-1984-bufalo
title: The workers of El Búfalo
outlet: Example Post
published: 1984-11-12
url: https://example.org/bufalo
language: en
---
A young man from a ranchería near Guasave, Sinaloa, who gave his name only as Juan and his age as nineteen, said he had been recruited in the plaza of his town in August with the promise of wages for the harvest of "a crop that would pay well." He said he had worked three months without seeing the money.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'bufalo.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors, runtime.engineData.wordnet),
  );
});

describe('speakers named by a town and its region', () => {
  it('makes no person of "Guasave, Sinaloa" after "near"', () => {
    const people = kb.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people.filter((n) => n.includes('Guasave'))).toEqual([]);
  });
});
