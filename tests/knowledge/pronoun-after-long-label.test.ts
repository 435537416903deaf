/**
 * A transcript turn whose label is several words ("DALE WINTERBOTTOM (anchor):", "KAREN WHITFIELD, ANCHOR:")
 * opens with the body that issued a statement; "It said …" in the next sentence is that body's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('"It said" after a turn opened by a label of several words', () => {
  it('gives the words to the body the turn opens with ("DALE WINTERBOTTOM (anchor): Mexico\'s foreign ministry …")', () => {
    const body =
      'DALE WINTERBOTTOM (anchor): Mexico\'s foreign ministry announced the handover in a short statement late this afternoon. It said the prisoner had been "delivered to the authorities of the United States of America" at the airport.';
    expect(speakerOfWords(tools, body, 'delivered to the authorities')).toBe("Mexico's foreign ministry");
  });

  it('does so after a label with a role ("KAREN WHITFIELD, ANCHOR:")', () => {
    const body =
      'KAREN WHITFIELD, ANCHOR: The state\'s public safety ministry put out a statement on Monday. It said the convoy was "under escort at all times" on the highway.';
    expect(speakerOfWords(tools, body, 'under escort at all times')).toBe(
      "the state's public safety ministry",
    );
  });
});
