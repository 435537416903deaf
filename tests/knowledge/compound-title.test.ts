/**
 * A title of several words before a name ("Chief River Guard Walter J. Hume"): capitalised English
 * words the article writes elsewhere as common nouns ("a river guard") belong to the title, so the name
 * is Walter J. Hume and his words are his, not a "River Guard"'s.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const OBITUARY = `---
id: xlantern-1938-rider-obituary
title: "Old rider of the line is dead"
outlet: X Lantern
published: 1938-02-11
language: en
---
Amos Reyes, for twelve years a river guard at this port, died at his home on Tuesday. He was 58.

"He could read a trail in the dark," said Chief River Guard Walter J. Hume of the Naco station, "and he never once lost his temper with a traveller."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xlantern-1938-rider-obituary.md': OBITUARY })).kb;
}, 120_000);

describe('a title of several words before a name', () => {
  it('gives the words to the name after the whole title', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('He could read a trail'));
    expect(quote?.speakerName).toBe('Walter J. Hume');
  });
});
