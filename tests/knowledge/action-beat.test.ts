/**
 * A quotation standing as a sentence of its own after a sentence whose subject is a person doing
 * something ("Ortega disagreed. '…'"), past an opening word or phrase, and by a name no entity answers to.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  const article = annotateText(tools, body, { published: '2021-04-01' });
  return article.quotes.find((q) => q.text.includes(words))?.speakerName;
}

describe('actionBeat', () => {
  it('looks past a phrase set off by a comma before the subject ("Later, Gen. … defended the deployment.")', () => {
    const body = [
      'The mayor praised the plan on Monday.',
      'Later, Gen. Luis Crescencio Sandoval defended the deployment. "The army is here to help."',
    ].join('\n\n');
    expect(speakerOf(body, 'here to help')).toBe('Luis Crescencio Sandoval');
  });

  it('gives the words to a name no entity answers to, opening the sentence before after "But"', () => {
    const body = [
      'The mayor praised the plan on Monday.',
      'But Salvador Ortega disagreed. "We have seen soldiers before, and nothing changed."',
    ].join('\n\n');
    expect(speakerOf(body, 'seen soldiers before')).toBe('Salvador Ortega');
  });

  it('gives no one the words after a place opening the sentence before', () => {
    const body = ['Fort Bliss announced the move on Monday. "The brigade leaves in May."'].join('\n\n');
    expect(speakerOf(body, 'brigade leaves')).not.toBe('Fort Bliss');
  });
});
