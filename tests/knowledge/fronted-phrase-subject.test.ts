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

  it('gives the words after "Of Captain Fremont\'s arrival she writes:" to the writer, not to the man the phrase names', () => {
    const body = [
      'The second letter was written by Mrs. Lydia Pettibone, whose husband farms on Sonoma Creek. It is dated at Sonoma on the 30th of June.',
      'The news of the two men killed on the Bodega road reached the town, she says, "on the Friday, and put every one in a fright." She continues: "I do not know what to believe."',
      'Of Captain Fremont\'s arrival she writes: "Captain Fremont came in with his men on the 25th, and it is a comfort to see them." She relates that a woman who brings milk to the house, whom she calls Doña Josefa, asked her, "Are we now in a new country, señora, or are you in ours?"',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'came in with his men', '1846-09-01')).toBe('Lydia Pettibone');
  });
});
