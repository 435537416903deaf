/** A name written as a title, initials and a surname ("Mayor J. T. Hargis") is a person's full name. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const BODY = `Towns on the river itself were less impressed. Mayor J. T. Hargis of Eagle Pass, across from Piedras Negras, Coahuila, said by long-distance telephone that his town had asked for a company of infantry since January and had not received one.

"If the Army wants to help us, send one company to Eagle Pass and not thirteen thousand men to San Antonio," Hargis said. "San Antonio is a long way from the river."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const text = `---\nid: example-1911-maneuvers\ntitle: Example\noutlet: Example Post\npublished: 1911-03-09\nurl: https://example.org/maneuvers\nlanguage: en\n---\n${BODY}`;
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(text), 'maneuvers.md')],
    createPipelineTools(data),
  );
});

describe('a title, initials and a surname', () => {
  it('takes "Mayor J. T. Hargis" as the person J. T. Hargis, called Hargis', () => {
    const hargis = kb.entities.find((e) => e.name === 'J. T. Hargis');
    expect(hargis?.type).toBe('person');
    expect(hargis?.aliases).toContain('Hargis');
  });

  it('gives the quotation "Hargis said" to the mayor named with his initials', () => {
    expect(kb.quotes.find((q) => q.text.includes('send one company'))?.speakerName).toBe('J. T. Hargis');
  });
});
