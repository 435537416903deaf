/**
 * An adverb between a speaker's description and the verb ('"…," the farmers later said', "My mother always
 * said, '…'") says when or how the words were said, and is no part of who said them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** `line` after an opening paragraph naming someone else. */
function speaker(line: string, words: string): string | undefined {
  return speakerOfWords(tools, `Maj. John Warren held the town on Sunday after the fight.\n\n${line}`, words);
}

describe('an adverb before the verb of saying', () => {
  it('is left out of a described speaker ("the farmers later said")', () => {
    expect(speaker('"We lost everything," the farmers later said.', 'We lost everything')).toBe(
      'the farmers',
    );
  });

  it('is left out of a relative a quoted speaker names ("My mother always said, \'…\'")', () => {
    const line = '"My mother always said, \'The river gives and the river takes,\'" said Ana Ruiz.';
    expect(speaker(line, 'The river gives')).toBe('my mother');
  });
});
