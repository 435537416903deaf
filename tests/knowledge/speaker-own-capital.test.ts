/** An unnamed speaker's words as the article writes them: a capital of the word's own is kept. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('an unnamed speaker named by a phrase', () => {
  it('keeps a capital the phrase has inside its sentence ("Mexican soldiers told reporters")', () => {
    const body =
      '"We are ready for whatever comes," Mexican soldiers told reporters at the crossing on Monday.';
    expect(speakerOfWords(tools, body, 'ready for whatever', '2025-03-03')).toBe('Mexican soldiers');
  });

  it('lowers the capital a phrase has only because it opens the sentence ("A lot of people")', () => {
    const body = 'A lot of people said "the river is too high to cross" that week.';
    expect(speakerOfWords(tools, body, 'river is too high', '2025-03-03')).toBe('a lot of people');
  });
});
