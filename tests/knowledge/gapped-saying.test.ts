/**
 * 'Mr. Pettibone writes of "…"; Mr. Dorsey of "…"': the second clause leaves out the verb of saying, and the
 * words after it are its new subject's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const LOSSES = `---
id: xregister-1847-the-losses
title: "The losses"
outlet: X Register
published: 1847-07-17
language: en
---
Henry W. Dorsey and Amos Whitcombe wrote home from the squadron. Of the loss on our side the two letters do not agree. Mr. Whitcombe writes of "five men wounded in the boats, none killed"; Mr. Dorsey of "nine wounded, two of them badly."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xregister-1847-the-losses.md': LOSSES })).kb;
}, 120_000);

describe('gappedSpeaker', () => {
  it('gives words after a gapped clause to its new subject, not to the subject of the verb left out', () => {
    expect(kb.quotes.find((x) => x.text.startsWith('five men'))?.speakerName).toBe('Amos Whitcombe');
    expect(kb.quotes.find((x) => x.text.startsWith('nine wounded'))?.speakerName).toBe('Henry W. Dorsey');
  });
});
