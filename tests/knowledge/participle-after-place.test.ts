/**
 * "About four o'clock my clerk came running up the stairs shouting, 'They are in the market!'": a participle of
 * saying after a phrase of place is the clause subject's; the phrase ("up the stairs") is no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('nounPhraseBefore', () => {
  it('gives a cry recounted after "came running up the stairs shouting" to the one who came running', () => {
    const body =
      '"From my roof I could see the smoke over the plaza," said J. W. Pettibone, who keeps a store on Elizabeth Street. "About four o\'clock my clerk came running up the stairs shouting, \'They are in the market!\' and we all lay down flat."';
    expect(speakerOfWords(tools, body, 'They are in the market', '1913-06-06')).toBe(
      "J. W. Pettibone's clerk",
    );
  });
});
