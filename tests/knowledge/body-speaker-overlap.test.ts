/**
 * A speaker's name the speaker finder gives one word longer or shorter than the run of names the article
 * writes as a body's is that body's too: no person "Office" or "Service" answers for the bare word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from '../answer/setup.ts';

const ARTICLE = `---
id: example-2024-naco-centennial
title: Naco remembers
outlet: Example Post
published: 2024-03-13
url: https://example.org/naco
language: en
---
The Fort Huachuca Public Affairs Office said in a news release that the post was "proud to honor the Buffalo Soldiers whose restraint at Naco prevented a wider conflict."

Seventy years ago today, the Immigration and Naturalization Service began a campaign along the California and Arizona border that the government itself called "Operation Wetback," using an ethnic slur that was common in official papers of the day.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'naco.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp, runtime.vectors, runtime.engineData.wordnet),
  );
});

const entity = (name: string) => kb.entities.find((e) => e.name === name);

describe('speakers named by a part of a body’s longer name', () => {
  it('types the office that issued a news release as an organisation, not a person "Office"', () => {
    expect(entity('Fort Huachuca Public Affairs Office')).toMatchObject({
      type: 'organisation',
      aliases: ['Fort Huachuca Public Affairs Office'],
    });
  });

  it('types the tail of "the Immigration and Naturalization Service" as an organisation, not a person "Service"', () => {
    expect(entity('Naturalization Service')).toMatchObject({
      type: 'organisation',
      aliases: ['Naturalization Service'],
    });
  });
});
