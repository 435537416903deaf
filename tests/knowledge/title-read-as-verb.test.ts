/**
 * "Don Rafael Ochoa gives it this way: '…'": the tagger reads "Don" as a verb, but a title written out before
 * a name is the name's, so the one named is the subject before the colon, not an object.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const WITNESS = `---
id: xherald-1948-witness-at-the-balcony
title: "The witness at the balcony"
outlet: X Herald
published: 1948-11-18
language: en
---
Rafael Ochoa Tello, a saddle-maker, was thirteen that year. "I was thirteen," he said.

The house was full. Don Rafael Ochoa gives it this way: "Nobody came. We were children and shopkeepers."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xherald-1948-witness-at-the-balcony.md': WITNESS })).kb;
}, 120_000);

describe('isObjectPosition', () => {
  it('gives words after a colon to the subject named with "Don", which the tagger reads as a verb', () => {
    const q = kb.quotes.find((x) => x.text.startsWith('Nobody came'));
    expect(q?.speakerName).toBe('Rafael Ochoa Tello');
  });
});
