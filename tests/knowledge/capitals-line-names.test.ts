/** A subhead in capitals ("WHO GEN. BLANCO IS.") names no one with its verb. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const BODY = `REBELS HOLD THE TOWN

Gen. Lucio Blanco's men entered the plaza at daybreak, and the federal garrison crossed the river to surrender its arms.

WHO GEN. BLANCO IS.

Gen. Blanco, a Coahuila man from the town of Nadadores, signed the Plan of Guadalupe in March.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const text = `---\nid: example-1913-blanco\ntitle: Example\noutlet: Example Times\npublished: 1913-06-06\nurl: https://example.org/blanco\nlanguage: en\n---\n${BODY}`;
  kb = buildKnowledge([parseSource(new TextEncoder().encode(text), 'blanco.md')], createPipelineTools(data));
});

describe('a subhead in capitals', () => {
  it('makes no person "BLANCO IS" of "WHO GEN. BLANCO IS.", so "is" names no one', () => {
    expect(kb.entities.some((e) => e.name.includes(' IS'))).toBe(false);
    expect(kb.entities.some((e) => e.aliases.some((a) => a.toLowerCase() === 'is'))).toBe(false);
  });

  it('still finds the general the text names below it', () => {
    expect(kb.entities.map((e) => e.name)).toContain('Lucio Blanco');
  });
});
