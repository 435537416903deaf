/**
 * "We asked Mr. Mayhall a few questions of our own." and then paragraphs that each open with the question as
 * the paper puts it and answer it in quotation marks: the answers are the one asked's words, for as long as
 * the paragraphs keep that shape.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const CORNER = `---
id: xminer-1925-old-timers-corner
title: "Old Timers' Corner: a packer remembers"
outlet: X Miner
published: 1925-05-14
language: en
---
Judson P. Mayhall, who has lived on Hill Street since 1903, was a civilian packer with the Government pack train at Fort Apache. He called at the Miner office on Monday and gave us his account.

"People nowadays think of Geronimo as a big chief," Mr. Mayhall said. "He wasn't."

We asked Mr. Mayhall a few questions of our own.

Did he ever see Geronimo close to? "Twice, before the outbreak, at ration day at Turkey Creek."

Were the Apache scouts to be trusted? "I would have trusted Chatto with my life."

The Chiricahuas crossed into Mexico in the early part of June.

Who can say? "Nobody knows where they went," one old packer told the paper.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xminer-1925-old-timers-corner.md': CORNER })).kb;
}, 120_000);

const speaker = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('answers to questions the paper asked', () => {
  it('gives the answer after each question to the one the paper asked', () => {
    expect(speaker('Twice, before the outbreak')).toBe('Judson P. Mayhall');
    expect(speaker('I would have trusted Chatto')).toBe('Judson P. Mayhall');
  });

  it('stops at the first paragraph that does not open with a question', () => {
    expect(speaker('Nobody knows where they went')).not.toBe('Judson P. Mayhall');
  });
});
