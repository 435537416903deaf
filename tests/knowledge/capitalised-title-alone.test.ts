/**
 * A title written capitalised and alone ("the General") is the article's name for one holder: a dispatch
 * that names Gen. Ortiz and calls him "the General" goes on meaning him after a second general comes into
 * the story, so words "the General" says are Ortiz's, not the general named last.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const DISPATCH = `---
id: xherald-1880-river-camp-dispatch
title: "From the camp on the river"
outlet: X Herald
published: 1880-05-02
language: en
---
Letters from the army of Gen. Ortiz reached us yesterday. The General had marched his column to the ford before daylight.

On the second day the General moved the wagons to the high ground. Gen. Barrow came up with the cavalry in the afternoon and took the right of the line.

At dusk the firing began again. A corporal of the battery tells it this way: "The General rode along the line and said, 'Hold your fire until they reach the ditch,' and not a man fired early."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xherald-1880-river-camp-dispatch.md': DISPATCH })).kb;
}, 120_000);

describe('a capitalised title alone', () => {
  it('names the holder it named first, not the one of that rank named last', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('Hold your fire'));
    expect(quote?.speakerName).toBe('Gen. Ortiz');
  });
});
