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

describe('a name written with one given name and an initial', () => {
  const ONE_INITIAL = `Harold J. Pruitt, trail cook of the Diamond A, dies at 80.

Harold Jesse Pruitt, who cooked for the Diamond A outfit for twenty years, died Monday at his daughter's home.

"He never burned a biscuit," said his neighbor, Amos Grell. "Not once."

Mr. Pruitt is survived by a brother, Harold K. Pruitt of Deming.
`;
  let one: KnowledgeBase;
  beforeAll(async () => {
    const data = await loadKnowledgeData(KNOWLEDGE_DIR);
    const text = `---\nid: example-1950-cook-obituary\ntitle: Example\noutlet: Example Herald\npublished: 1950-05-07\nurl: https://example.org/cook\nlanguage: en\n---\n${ONE_INITIAL}`;
    one = buildKnowledge([parseSource(new TextEncoder().encode(text), 'cook.md')], createPipelineTools(data));
  });

  it('makes "Harold J. Pruitt" and "Harold Jesse Pruitt" one person, known by both', () => {
    const harold = one.entities.find((e) => e.name === 'Harold Jesse Pruitt');
    expect(harold?.aliases).toContain('Harold J. Pruitt');
    expect(one.entities.map((e) => e.name)).not.toContain('Harold J. Pruitt');
  });

  it('keeps a namesake whose initial does not fit apart', () => {
    const harold = one.entities.find((e) => e.name === 'Harold Jesse Pruitt');
    expect(harold?.aliases).not.toContain('Harold K. Pruitt');
  });
});

describe('a name written by an initial in a heading in capitals', () => {
  const HEADED = `Indexing note: Listed in the Obituary Index under SCHOLL, Reuben Franklin (1826–1903).

REUBEN F. SCHOLL IS DEAD.

Reuben Franklin Scholl, one of the last men in north Missouri who marched with Col. Doniphan into Mexico, died at his home on Saturday afternoon, February 28, aged 76 years.

Mr. Scholl was born in Bourbon county, Kentucky, on August 9, 1826.
`;
  let headed: KnowledgeBase;
  beforeAll(async () => {
    const data = await loadKnowledgeData(KNOWLEDGE_DIR);
    const text = `---\nid: example-1903-scholl-obituary\ntitle: Example\noutlet: Example Chronicle\npublished: 1903-03-06\nurl: https://example.org/scholl\nlanguage: en\n---\n${HEADED}`;
    headed = buildKnowledge(
      [parseSource(new TextEncoder().encode(text), 'scholl.md')],
      createPipelineTools(data),
    );
  });

  it('makes "REUBEN F. SCHOLL" of the heading the "Reuben Franklin Scholl" of the text', () => {
    const scholls = headed.entities.filter((e) => e.discovered && /scholl$/i.test(e.name));
    expect(scholls.map((e) => e.name)).toEqual(['Reuben Franklin Scholl']);
  });
});
