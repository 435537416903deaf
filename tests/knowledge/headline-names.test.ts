/** Capitalised words of a title-case headline or deck are no person's name. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const BODY = `Aviator for Escobar Forces Misses Mexican Trenches — Garage and Depot Hit on American Side — Colonel Warns Both Factions

Col. Henry Ashford, commanding the troops at Naco, said he had warned both factions that firing across the line would not be tolerated.

Major Lynde Dropped from the Rolls — Congress Asks for Punishment

Customs Inspector Sebree Shoots Editor Garza in the Street — A Crowd Follows Him to Fort Ringgold

Catarino E. Garza was shot by Victor Sebree, the inspector of customs, in the main street.

The General Comes Out of the Sierra Madre.

The command left with one hundred and ninety-three Apache scouts under Capt. Emmet Crawford, Third Cavalry.

The Major had long held, and wrote to Colonel Canby, that "the fort is indefensible against artillery." Men dropped by the dozen in the sand.
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

  it('does not take the verb after a name for its surname ("Major Lynde Dropped from the Rolls")', () => {
    const names = kb.entities.map((e) => e.name);
    expect(names.some((n) => n.includes('Dropped'))).toBe(false);
    expect(kb.quotes.find((q) => q.text.includes('indefensible'))?.speakerName).toMatch(/Lynde$/);
  });

  it('does not take a present tense after a name for its surname ("Inspector Sebree Shoots Editor Garza")', () => {
    expect(kb.entities.some((e) => [e.name, ...e.aliases].some((n) => n.includes('Shoots')))).toBe(false);
  });

  it('makes no body of a short deck on a line of its own ("The General Comes Out of the Sierra Madre.")', () => {
    expect(kb.entities.some((e) => [e.name, ...e.aliases].some((n) => n.includes('Comes')))).toBe(false);
  });

  it('still finds the person the text names below it', () => {
    expect(kb.entities.map((e) => e.name)).toContain('Henry Ashford');
  });
});
