/**
 * Words quoted from a document owned by someone the article named, through a role ("the general's dispatch")
 * or a possessive pronoun ("His order to Maj. Robert L. Howze was short:"), are that person's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a document of someone named before', () => {
  it('gives words from "the general\'s dispatch" to the general the article named', () => {
    const body = [
      'Gen. George Crook and his command marched out of Mexico and went into camp here on Sunday afternoon.',
      'The general\'s dispatch describes the country as "of indescribable roughness," and says a number of mules were killed.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'indescribable', '1883-06-14')).toBe('George Crook');
  });

  it('gives words from "his order" to the one the "his" stands for', () => {
    const body =
      'On the evening of May 4, 1916, Gen. Pershing had word that about 120 Villistas were near Cusihuiriachic. His order to Maj. Robert L. Howze was short: "Move on Cusi and disperse the Villistas, if found."';
    expect(speakerOfWords(tools, body, 'Move on Cusi', '1936-05-07')).toBe('Gen. Pershing');
  });

  it('gives the words a printed notice "reads" to the notice, not to the last person named', () => {
    const body = [
      'A planter from the Ayish Bayou who did not wish his name in print said the colonel had forgotten it.',
      'The ayuntamiento, for its part, had caused a notice to be posted at the corners of the plaza on the 28th ult. It reads in part: "All citizens are called upon to defend their persons and their property."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'All citizens', '1832-08-11')).toMatch(/notice|ayuntamiento/i);
  });
});
