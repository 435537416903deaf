/**
 * "Of the Mexicans at Tucson he is less generous than Hatchett.": a phrase a preposition leads may stand
 * before a sentence's subject with no comma; the "he" after it is still who the paragraph is about, and the
 * name after "than" only someone he is compared with.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const BODY = [
  'The first letter is from Mr. Amos Tredway, a private in Company B.',
  'The second letter is from Mr. Silas Verbeck, a hired teamster. "The fight was on the 12th and not the 11th, for I kept a day-book," Mr. Verbeck writes.',
  'Of the Mexicans at Tucson he is less generous than Tredway. "They were not glad to see us, whatever is said. They sold to us because we had money."',
  'He closes with a word for the guides. "Without those two men we should all have left our bones on the road," he writes.',
].join('\n\n');

describe('a sentence opening with a phrase before its "he"', () => {
  it('gives the words after it to the one "he" is, not to the one he is compared with', () => {
    expect(speakerOfWords(tools, BODY, 'not glad to see us')).toBe('Silas Verbeck');
  });

  it('leaves "he" in the next paragraph the same person', () => {
    expect(speakerOfWords(tools, BODY, 'left our bones')).toBe('Silas Verbeck');
  });
});
