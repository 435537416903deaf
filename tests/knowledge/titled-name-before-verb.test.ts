/**
 * A title and a surname that is also an English word ("President Bush", "President Carter") right before the
 * verb of saying are its subject, though no entity stands for them: the body named earlier in the sentence,
 * before "when", does not speak.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const RECAP = `---
id: xlive-2005-minuteman-recap
title: "Minuteman muster, live"
outlet: X Live
published: 2005-04-01
language: en
---
Welcome to our live coverage. A quick recap: the Minuteman Project was announced last fall and drew national attention in March when President Bush, at a news conference in Waco, said, "I'm against vigilantes in the United States of America." Gov. Janet Napolitano has said the state will not tolerate it.

The treaty came up again in 1977 when President Carter said, "We will keep our word."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xlive-2005-minuteman-recap.md': RECAP })).kb;
}, 120_000);

const speaker = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('a title and a surname right before the verb of saying', () => {
  it('gives the words to "President Bush", not the Minuteman Project named before "when"', () => {
    expect(speaker("I'm against vigilantes")).toBe('President Bush');
  });

  it('gives the words to "President Carter"', () => {
    expect(speaker('We will keep')).toBe('President Carter');
  });
});
