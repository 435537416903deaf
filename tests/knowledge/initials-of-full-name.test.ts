/**
 * One person written two ways in one article: by initials and surname ("O. B. Teague") and by the full name
 * ("Orville Bascom Teague"); another of the surname whose given names do not fit the initials is someone else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const BODY = `O. B. Teague, veteran of the 1916 expedition, dies at 47.

Orville Bascom Teague, a sergeant of the Eleventh Cavalry and for ten years a patrol inspector at this port, died at his home Tuesday evening.

Mr. Teague was born in Cooke County, Texas, in 1889. His brother, Samuel Teague, farms near Gainesville.

Correction: The obituary of O. B. Teague gave his son's name wrongly.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const text = `---\nid: example-1936-obituary\ntitle: Example\noutlet: Example Lantern\npublished: 1936-05-07\nurl: https://example.org/obituary\nlanguage: en\n---\n${BODY}`;
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(text), 'obituary.md')],
    createPipelineTools(data),
  );
});

describe('a name written by its initials', () => {
  const teagues = () => kb.entities.filter((e) => e.discovered && e.name.endsWith('Teague'));

  it('makes "O. B. Teague" and "Orville Bascom Teague" one person, known by both', () => {
    const names = teagues().map((e) => e.name);
    expect(names).toContain('Orville Bascom Teague');
    expect(names).not.toContain('O. B. Teague');
    expect(teagues().find((e) => e.name === 'Orville Bascom Teague')?.aliases).toContain('O. B. Teague');
  });

  it('finds the person in the sentences that name them by initials', () => {
    const orville = teagues().find((e) => e.name === 'Orville Bascom Teague');
    const correction = kb.sentences.find((s) => s.text.startsWith('Correction'));
    expect(correction?.mentions.map((m) => m.entityId)).toContain(orville?.id);
  });
});
