/**
 * Call-in turns that read past a first name: a caller's note naming them by an honorific and surname
 * ("CALLER (MRS. OKAFOR, DEL RIO):", greeted as "Mrs. Okafor in Del Rio") is the caller's name, and a relative
 * a caller speaks of by a word the hyphens join ("my sister-in-law") is that whole relative, not the first part.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const SHOW = [
  "WANDA PIERCE, HOST: Welcome back to River Talk. I'm Wanda Pierce, and the guest is the historian Carl Ebner.",
  'CARL EBNER: Thanks for having me.',
  "PIERCE: Let's go to the phones. Mrs. Okafor in Del Rio, you're on the air.",
  'CALLER (MRS. OKAFOR, DEL RIO): Good morning. I taught school in this county for forty years and I never saw the river this low.',
  'EBNER: It has been a dry year all along the valley.',
  'PIERCE: Another caller. Benny in Comstock, go ahead.',
  "CALLER (BENNY, COMSTOCK): Hi, Wanda. My husband's people are out in Comstock, and my sister-in-law says the ford is dry this week. She said, 'There is more sand than water at the crossing now.' Nobody believed her.",
  'PIERCE: Thank you both.',
].join('\n\n');

describe('a caller named by an honorific and a surname', () => {
  it('gives the turn to "Mrs. Okafor", as the host greeted her', () => {
    expect(speakerOfWords(tools, SHOW, 'I taught school in this county')).toBe('Mrs. Okafor');
  });
});

describe('a relative a caller names by a hyphenated word', () => {
  // Without Mrs. Okafor: a woman the show named before would be read as "she" first.
  const WITHOUT_OKAFOR = SHOW.split('\n\n')
    .filter((p) => !p.includes('Okafor') && !p.startsWith('EBNER'))
    .join('\n\n');

  it('gives what "she said" to the caller\'s sister-in-law, not to a sister', () => {
    expect(speakerOfWords(tools, WITHOUT_OKAFOR, 'There is more sand than water')).toBe(
      "Benny's sister-in-law",
    );
  });
});
