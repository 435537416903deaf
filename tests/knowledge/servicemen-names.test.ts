/**
 * A name that ends in the plural of a word for a soldier ("the Second Dragoons") is a regiment's, not a
 * man's: no person of that name is made, and the officer named beside it keeps his own name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesAlone } from '../answer/setup.ts';
import { REPO_ROOT } from '../../src/paths.ts';

/** The Resaca de la Palma letters: "Capt. Charles May, of the Second Dragoons", "Lieut. Inge of the Dragoons". */
const LETTERS = 'fallsregister-1846-resaca-de-la-palma-letters.md';

let kb: KnowledgeBase;

beforeAll(async () => {
  const text = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'articles-42', LETTERS), 'utf8');
  kb = (await articlesAlone({ [LETTERS]: text })).kb;
}, 120_000);

describe('a regiment named by its soldiers', () => {
  it('makes no person of a name ending in the plural of a word for a soldier', () => {
    expect(kb.entities.some((e) => e.type === 'person' && /Dragoons/.test(e.name))).toBe(false);
  });

  it('keeps the officer named beside it a person', () => {
    expect(kb.entities.some((e) => e.type === 'person' && e.name === 'Charles May')).toBe(true);
  });
});
