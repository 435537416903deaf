/**
 * "the Doctor", capitalised and alone, names the article's one holder of that role ("Dr. J. Cooper McKee"),
 * though the lexicon lists "doctor" as no title: the article's own people say what its capitalised roles are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const ARTICLE = `---
id: example-1861-springs
title: Example
outlet: Example Sentinel
published: 1861-12-12
url: https://example.org/springs
language: en
---
The post surgeon, Dr. Walter Pennock, gives this account of the scene: "We went up together and found the lieutenant writing out the terms."

"Major Harlan, I protest against this surrender," the Doctor told him, before the Texan officers.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await articlesAlone({ 'springs.md': ARTICLE }));
}, 120_000);

describe('a capitalised role alone that the article gave one person', () => {
  it('credits "the Doctor told him" to the doctor it named (Dr. Walter Pennock)', () => {
    const quote = kb.quotes.find((q) => q.text.includes('I protest against this surrender'));
    expect(quote?.speakerName).toBe('Walter Pennock');
  });
});
