/**
 * "Valencia's force, he writes, was '…'": a pronoun's aside breaking into words about what a person owns is
 * the writer's, not the owner's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe("a pronoun's aside after a person's possessive", () => {
  it('gives the words to the writer the paragraph is about, not the owner', () => {
    const body = [
      'Gen. Gabriel Valencia held the hill at Padierna with his whole division.',
      'Sergeant Patrick Keegan, of the Second Infantry, writes to his old employer on Water Street. He was in the brigade that led the assault. Valencia\'s force, he writes, was "near five thousand, with more cannon than I ever saw in one place," and not the seven thousand reported by others.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'near five thousand')).toBe('Patrick Keegan');
  });
});
