/**
 * Words a report gives: 'X reported that the charge was ordered "…"' is X's, as 'X said that …' is. A verb
 * whose first sense is a way of informing (WordNet's inform.v.01: report, notify, brief) is one of saying.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('words an officer reported', () => {
  it('gives the words of a report inside its "that" clause to the officer who reported them', () => {
    const body =
      'The fight was little praised even at the time. J. D. McAdoo, the officer who inquired into it for the State, reported that the charge was ordered "without any formation of a line of battle," and that "a pell-mell charge was made for three miles."';
    expect(speakerOfWords(tools, body, 'pell-mell charge')).toBe('J. D. McAdoo');
    expect(speakerOfWords(tools, body, 'without any formation')).toBe('J. D. McAdoo');
  });
});
