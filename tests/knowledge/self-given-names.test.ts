/**
 * A name a transcript's speaker gives themselves in their own turn ("everybody calls me Tripp") is theirs:
 * the one name used for them later is the same person, not someone new.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const BODY = `MARISOL TREVIÑO, HOST: Good evening. With me is Walter Briscoe Jr., who drove a Border Patrol truck out of Del Rio for twenty years.

WALTER BRISCOE JR.: Thanks, Marisol. Everybody calls me Skip, so you can too.

TREVIÑO: Skip, what did the river look like in 1997?

WALTER BRISCOE JR.: Low and quiet, most nights. Call me back on the ferry question later.

TREVIÑO: Skip, did the soldiers come through your station?
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const text = `---\nid: example-2024-river-hour\ntitle: River Hour\noutlet: Example Radio\npublished: 2024-03-05\nurl: https://example.org/river-hour\nlanguage: en\n---\n${BODY}`;
  kb = buildKnowledge([parseSource(new TextEncoder().encode(text), 'river.md')], createPipelineTools(data));
});

describe('a name speakers give themselves', () => {
  it('makes the name a guest says everybody calls them by one of theirs, not a second person', () => {
    const skip = kb.entities.filter((e) => e.discovered && e.type === 'person' && e.aliases.includes('Skip'));
    expect(skip.map((e) => e.name)).toEqual(['Walter Briscoe Jr.']);
    expect(kb.entities.some((e) => e.discovered && e.name === 'Skip')).toBe(false);
  });
});
