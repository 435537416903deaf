/** A name after an office written with its department ("Secretary of War Newton D. Baker") is a person's. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const BODY = `WASHINGTON, May 10.—Secretary of War Lindley M. Garrison said tonight that the brigade at Galveston would stay where it is.

Secretary of the Navy Josephus Daniels ordered two more ships to Tampico. Senator Jack Reed of Rhode Island asked for the papers.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const text = `---\nid: example-1914-cabinet\ntitle: Example\noutlet: Example Post\npublished: 1914-05-11\nurl: https://example.org/cabinet\nlanguage: en\n---\n${BODY}`;
  kb = buildKnowledge([parseSource(new TextEncoder().encode(text), 'cabinet.md')], createPipelineTools(data));
});

describe('an office written with its department before a name', () => {
  it('takes "Secretary of War Lindley M. Garrison" as the person Lindley M. Garrison, titled Secretary of War', () => {
    const garrison = kb.entities.find((e) => e.name === 'Lindley M. Garrison');
    expect(garrison?.type).toBe('person');
    expect(garrison?.aliases).toContain('Garrison');
    expect(garrison?.roles.map((r) => r.title)).toContain('Secretary of War');
  });

  it('takes "Secretary of the Navy Josephus Daniels" as the person Josephus Daniels', () => {
    expect(kb.entities.find((e) => e.name === 'Josephus Daniels')?.type).toBe('person');
  });

  it('still reads "Jack Reed of Rhode Island" as a person from a place, not the place as a name', () => {
    expect(kb.entities.some((e) => e.name === 'Rhode Island' && e.type === 'person')).toBe(false);
  });
});
