/**
 * One person written two ways in one article: a Spanish name with and without the mother's surname, and a
 * relative of the same surname named with a nickname, who is someone else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const BODY = `Army captures Ovidio Guzmán in Sinaloa.

Sandoval confirmed at a news conference that soldiers and National Guard troops arrested Ovidio Guzmán López, 32, a son of Joaquín "El Chapo" Guzmán, in the community of Jesús María.

He said Guzmán was flown by air force plane to Mexico City and handed to prosecutors.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const text = `---\nid: example-2023-capture\ntitle: Example\noutlet: Example Post\npublished: 2023-01-05\nurl: https://example.org/capture\nlanguage: en\n---\n${BODY}`;
  kb = buildKnowledge([parseSource(new TextEncoder().encode(text), 'capture.md')], createPipelineTools(data));
});

describe("a name with and without the mother's surname", () => {
  const people = () => kb.entities.filter((e) => e.discovered && e.name.startsWith('Ovidio'));

  it('makes "Ovidio Guzmán" and "Ovidio Guzmán López" one person, known by both', () => {
    expect(people().map((e) => e.name)).toEqual(['Ovidio Guzmán López']);
    expect(people()[0]?.aliases).toContain('Ovidio Guzmán');
  });

  it("finds the person in the headline that names them without the mother's surname", () => {
    const ovidio = people()[0];
    expect(
      ovidio?.sentenceIds.some((id) =>
        kb.sentences.find((s) => s.id === id)?.text.startsWith('Army captures'),
      ),
    ).toBe(true);
  });

  it('leaves the surname after another first name and a nickname ("Joaquín "El Chapo" Guzmán") to someone else', () => {
    const id = people()[0]?.id ?? '';
    const sentence = kb.sentences.find((s) => s.text.includes('El Chapo'));
    const mentions = (sentence?.mentions ?? []).filter((m) => m.entityId === id).map((m) => m.text);
    expect(mentions).toEqual(['Ovidio Guzmán López']);
  });
});
