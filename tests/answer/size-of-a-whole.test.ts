/** A figure giving the size of a whole ("a garrison of about 800") and a count of people asked of that whole. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riverpost-1848-presidio-siege-letters
title: The siege of the presidio, from an officer's letters
outlet: Example River Post
published: 1998-03-16
url: https://example.org/presidio-siege-letters
language: en
---
The siege of the presidio, from an officer's letters
The first assault on the presidio failed on the morning of March 9, with two men killed and eleven wounded among the dragoons.
Colonel Ortega held the old presidio with a garrison of about 800 and four guns.
The dragoons brought up their own guns on March 12, and by sunset a crowd of about 70 townspeople had gathered on the hill to watch.
In 1850 the army returned to the town, and a force of up to 1,000 soldiers camped by the river; the force of 1,000 was the largest there in a decade.
`;

let engine: AnswerEngine;
let kb: KnowledgeBase;
let user = 0;
const fresh = () => ({ userId: `size-of-a-whole-${++user}` });

beforeAll(async () => {
  ({ engine, kb } = await articlesAlone({ 'presidio.md': ARTICLE }));
}, 120_000);

const counts = (text: string) => kb.numbers.filter((n) => n.text === text).map((n) => n.counts);

describe('a figure giving the size of a whole', () => {
  it('counts the garrison a figure is "of", not the wounded an earlier sentence counted', () => {
    expect(counts('about 800')).toEqual(['garrison']);
  });

  it('keeps counting the people a figure before counted when the whole is made of them ("a force of 1,000")', () => {
    expect(counts('1,000')).toEqual(['soldiers']);
  });

  it('answers how many men were in the garrison with its size', async () => {
    const answer = await engine.ask('how many men did Ortega have in the garrison?', fresh());
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('garrison of about 800');
  });
});
