/**
 * A name whose last word is a noun for a body of people (WordNet: a kind of organization) is a body's, not a
 * person's: '"…," said the National Border Patrol Council' is the union speaking, known by its whole name,
 * never by a "surname" ("Patrol", "Patrol Council") that other sentences about the Border Patrol would match.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isBodyHeadedName } from '../../src/knowledge/body-headed-names.ts';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-2015-verdict
title: Jury convicts two in agent's killing
outlet: Example Wire
published: 2015-10-06
url: https://example.org/verdict
language: en
---
A federal jury on Monday convicted two men of murder in the 2010 killing of Border Patrol Agent Brian Terry.

The National Border Patrol Council, the agents' union, said in a statement that it would "not rest until the last man is in custody."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'verdict.md')],
    createPipelineTools(data),
  );
});

describe('names headed by a noun for a body', () => {
  it('gives the union\'s words to "National Border Patrol Council" as an organisation, by its whole name only', () => {
    const q = kb.quotes.find((x) => x.text.includes('not rest until'));
    expect(q?.speakerName).toBe('National Border Patrol Council');
    const e = kb.entities.find((x) => x.id === q?.speakerId);
    expect(e?.type).toBe('organisation');
    expect(e?.aliases).not.toContain('Patrol');
    expect(e?.aliases).not.toContain('Patrol Council');
  });
});

describe('isBodyHeadedName', () => {
  const reader = {
    isBody: (w: string) => ['council', 'army', 'corps'].includes(w),
    isEnglishWord: (w: string) =>
      ['national', 'border', 'patrol', 'council', 'army', 'black', 'corps'].includes(w),
  };

  it('is true for a name ending in a noun for a body ("National Border Patrol Council", "Army Corps")', () => {
    expect(isBodyHeadedName(['National', 'Border', 'Patrol', 'Council'], reader)).toBe(true);
    expect(isBodyHeadedName(['Black', 'Army'], reader)).toBe(true);
  });

  it('is false for one word, a middle initial, or a last word naming no body', () => {
    expect(isBodyHeadedName(['Council'], reader)).toBe(false);
    expect(isBodyHeadedName(['Franklin', 'K.', 'Corps'], reader)).toBe(false);
    expect(isBodyHeadedName(['Border', 'Patrol'], reader)).toBe(false);
  });
});
