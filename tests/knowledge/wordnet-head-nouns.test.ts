/**
 * A name's head word counts when WordNet knows it, not only when the English model's lexicon does:
 * "Secretariat" and "Capitol" are no words of wink-nlp's lexicon, and the Mexican ministries the coverage
 * quotes most are secretariats.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from '../answer/setup.ts';

const ARTICLE = `---
id: example-2009-convoy-statements
title: Mexico answers
outlet: Example Post
published: 2009-03-13
url: https://example.org/convoy
language: en
---
The Foreign Relations Secretariat said in a statement that the convoy "responds to the solidarity between our peoples."

Since a constitutional reform approved in September, the Guardia Nacional has been part of the Defense Secretariat.

In a statement, the Defense Secretariat said the deployment would "strengthen surveillance at the border."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'convoy.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors, runtime.engineData.wordnet),
  );
});

const typeOf = (name: string) => kb.entities.find((e) => e.name === name)?.type;

describe('names headed by a noun only WordNet knows', () => {
  it('types the secretariat that issued a statement as an organisation, not a person', () => {
    expect(typeOf('Relations Secretariat')).toBe('organisation');
  });

  it('types a secretariat quoted by name as an organisation, not a person', () => {
    expect(typeOf('Defense Secretariat')).toBe('organisation');
  });
});
