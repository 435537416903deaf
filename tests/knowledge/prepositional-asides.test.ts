/** A speaker's description with an aside set off by commas that opens with a preposition. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('withoutRelative', () => {
  it('gives "The official paper, on the other hand, calls the law \'…\'" to the paper', () => {
    const body =
      'The opposition papers attacked the bill. The official paper, on the other hand, calls the law "a fair bargain for both sides."';
    expect(speakerOfWords(tools, body, 'a fair bargain', '1848-06-24')).toBe('the official paper');
  });
});
