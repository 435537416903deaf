/**
 * "It was said in the crowd that …": words a sentence says were said without saying by whom are no one's the
 * article named, not those of the last speaker of the paragraph.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('words said by no one named', () => {
  const body =
    '"If Crook has brought in the women, he has brought us nothing," said Mr. Lyman D. Pruett, a Tombstone merchant. It was said in the crowd that the volunteers would have "finished the matter in a week."';

  it('does not give words "it was said" to the speaker before them', () => {
    expect(speakerOfWords(tools, body, 'finished the matter', '1883-06-14')).toBe('unattributed');
  });

  it('still gives the speaker their own words', () => {
    expect(speakerOfWords(tools, body, 'brought us nothing', '1883-06-14')).toBe('Lyman D. Pruett');
  });
});
