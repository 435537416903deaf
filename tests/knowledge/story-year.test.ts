/**
 * A history told years after it happened dates its days by the year its paragraph writes out, not by the
 * year it was published in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const HISTORY = `---
id: example-2026-thornton-anniversary
title: The skirmish that started a war, 180 years on
outlet: Example Valley News
published: 2026-04-25
url: https://example.org/thornton
language: en
---
The county unveiled a marker on April 20, and a crowd of 300 came on Saturday.

In 1846, Captain Seth Thornton led some 70 dragoons up the river. On April 24, his patrol rode into a ranch and was surrounded. By Tuesday the survivors were prisoners.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(HISTORY), 'history.md')],
    createPipelineTools(data),
  );
});

const dateOf = (text: string) => kb.dates.find((d) => d.text === text)?.date ?? null;

describe('a day written without its year', () => {
  it('is in the year its paragraph wrote out when that is years before publication', () => {
    expect(dateOf('April 24')).toBe('1846-04-24');
  });

  it('is near publication in a paragraph that writes out no year', () => {
    expect(dateOf('April 20')).toBe('2026-04-20');
    expect(dateOf('Saturday')).toBe('2026-04-25');
  });

  it('names no day when it is a weekday of a story years before publication', () => {
    expect(dateOf('Tuesday')).toBeNull();
  });
});
