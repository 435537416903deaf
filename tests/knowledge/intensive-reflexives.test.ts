/**
 * "Orozco himself was not in the fight. He is said to have been wounded": a reflexive right after a name
 * stands for that name, and so does the pronoun opening the next sentence: neither is about the last person
 * named before it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('an intensive reflexive', () => {
  it('does not make the sentence about the person named before the name it follows', () => {
    const article = annotateText(
      tools,
      [
        'Col. George A. Dodd and about 370 men of the Seventh Cavalry surprised the band at dawn.',
        'It was learned here that Orozco himself was not in the fight. He is said to have been wounded in the leg.',
      ].join('\n\n'),
      { published: '1916-04-01' },
    );
    const sentence = article.sentences.find((s) => s.text.includes('himself'));
    expect(sentence?.mentions.map((m) => m.text)).toEqual([]);
    const next = article.sentences.find((s) => s.text.includes('wounded in the leg'));
    expect(next?.mentions.map((m) => m.text)).toEqual([]);
  });

  it('leaves the pronoun after a known name and its reflexive to that person', () => {
    const article = annotateText(
      tools,
      'Col. George A. Dodd himself led the charge into the town. He is past sixty.',
      { published: '1916-04-01' },
    );
    const next = article.sentences.find((s) => s.text.includes('past sixty'));
    expect(next?.mentions.map((m) => m.entityId)).toEqual([
      article.sentences[0]?.mentions.find((m) => m.via !== 'pronoun')?.entityId,
    ]);
  });
});
