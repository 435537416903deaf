/**
 * An obituary's heading in capitals often names its subject before the text does: the person is then named
 * as the text writes them, and the surname the text comes back to ("Mr. Pruett") is theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from '../answer/setup.ts';

const ARTICLE = `---
id: example-1915-pruett-obituary
title: A veteran of Dove Creek
outlet: Example Banner
published: 1915-01-14
url: https://example.org/pruett
language: en
---
JOSIAH PRUETT, WHO RODE TO DOVE CREEK, IS DEAD AT 78.

Josiah Pruett, for sixty years a citizen of this county, died at his home on Tuesday.

Mr. Pruett was born in Maury county, Tennessee, in 1836, and came to Texas with his father.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'pruett.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors, runtime.engineData.wordnet),
  );
});

describe('a name a heading writes in capitals', () => {
  it('names the person as the text writes them, not in the heading’s capitals', () => {
    const person = kb.entities.find((e) => e.id === 'auto-josiah-pruett');
    expect(person?.name).toBe('Josiah Pruett');
    expect(person?.aliases).toContain('Pruett');
  });
});
