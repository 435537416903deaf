/**
 * Where an unnamed speaker's description ends: not past "whom" opening a clause about them, nor past "and"
 * opening a clause of its own ("a Navy spokesman and he said").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe("the end of an unnamed speaker's description", () => {
  it('ends "A Mexican woodcutter whom he met on the road" before "whom"', () => {
    const body =
      'Dunagan rode out on Monday. A Mexican woodcutter whom he met on the road, Mr. Ezekiel Dunagan said, had seen the band pass. "He told me, \'They had the little one up behind a big Indian,\'" Dunagan said.';
    expect(speakerOfWords(tools, body, 'the little one up')).toBe('A Mexican woodcutter');
  });

  it('ends "I put that to a Navy spokesman and he said" before "and"', () => {
    const body =
      'OCARANZA: The prosecutors said he was unhurt. I put that to a Navy spokesman and he said, "The captain is well and on duty." That is all.';
    expect(speakerOfWords(tools, body, 'The captain is well')).toBe('a Navy spokesman');
  });
});
