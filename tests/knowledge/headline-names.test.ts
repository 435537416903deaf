/** Capitalised words of a title-case headline or deck are no person's name. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const BODY = `Aviator for Escobar Forces Misses Mexican Trenches — Garage and Depot Hit on American Side — Colonel Warns Both Factions

Col. Henry Ashford, commanding the troops at Naco, said he had warned both factions that firing across the line would not be tolerated.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const text = `---\nid: example-1929-naco\ntitle: Example\noutlet: Example Post\npublished: 1929-04-02\nurl: https://example.org/naco\nlanguage: en\n---\n${BODY}`;
  kb = buildKnowledge([parseSource(new TextEncoder().encode(text), 'naco.md')], createPipelineTools(data));
});

describe('a title-case headline', () => {
  it('makes no person of "Colonel Warns Both Factions", so "both" names no one', () => {
    const names = kb.entities.filter((e) => e.discovered).map((e) => e.name);
    expect(names.some((n) => n.includes('Warns'))).toBe(false);
    expect(kb.entities.some((e) => e.aliases.includes('Both'))).toBe(false);
  });

  it('still finds the person the text names below it', () => {
    expect(kb.entities.map((e) => e.name)).toContain('Henry Ashford');
  });
});
