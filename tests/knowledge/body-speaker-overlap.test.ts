/**
 * A speaker's name the speaker finder gives one word longer or shorter than the run of names the article
 * writes as a body's is that body's too: no person "Office" or "Service" answers for the bare word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, type PipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { overlapKind } from '../../src/knowledge/entity-records.ts';
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
let tools: PipelineTools;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  tools = createPipelineTools(
    runtime.knowledgeData,
    runtime.nlp,
    runtime.vectors,
    runtime.engineData.wordnet,
  );
  kb = buildKnowledge([parseSource(new TextEncoder().encode(ARTICLE), 'naco.md')], tools);
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

describe('overlapKind', () => {
  const isEnglishWord = (w: string) => tools.nlp.isEnglishWord(w);
  const bodies = new Map([
    ['Hospital General Ignacio Zaragoza', 'organisation' as const],
    ['Immigration and Naturalization Service', 'organisation' as const],
    ['Guasave', 'place' as const],
  ]);

  it('returns undefined for a person whose name ends a hospital’s name', () => {
    expect(overlapKind('Ignacio Zaragoza', bodies, isEnglishWord)).toBeUndefined();
  });

  it('returns organisation for a common word ending a body’s name, and place for a place’s opening', () => {
    expect(overlapKind('Naturalization Service', bodies, isEnglishWord)).toBe('organisation');
    expect(overlapKind('Guasave Sinaloa', bodies, isEnglishWord)).toBe('place');
  });
});
