/**
 * A description opening a main clause after a clause in which a named person does something to "him" stands
 * for that "him", not for the named person: "… when Gen. Twiggs called on him to surrender his ammunition,
 * the Mexican replied, '…'" is Anaya's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a description after a clause about "him" is the one "him" stands for', () => {
  it('gives "the Mexican replied" after "when Gen. Twiggs called on him" to Anaya, not Twiggs', () => {
    const body = [
      'The convent was at last carried by Twiggs\'s men. Gen. Anaya, who commanded within, gave up his sword. The story is current in camp that when Gen. Twiggs called on him to surrender his ammunition, the Mexican replied, "If there were any ammunition, you would not be here."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'If there were any ammunition')).toBe('Gen. Anaya');
  });
});
