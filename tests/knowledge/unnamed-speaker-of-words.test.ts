/**
 * Words no person said are given to no named person: a law's quoted text, under a subject the article never
 * gave anyone as a role ("The law makes it a crime when anyone '…'" after "then studying law" describes a
 * man). A letter an unnamed subject reads out is still its named writer's ("A clerk at the department read
 * his letter to reporters: '…'" after "Gen. John J. Pershing wrote to the War Department").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('words no named person said', () => {
  it('gives a law’s quoted text to no one a description of a student of law names', () => {
    const body = [
      'A federal appeals court on Monday upheld the conviction of a Douglas-area rancher under the Hobbs Act.',
      'The law makes it a crime when anyone "in any way or degree obstructs, delays, or affects commerce" by robbery or extortion.',
      'The verdict brought marches in Douglas. Antonio Bustamante, a Douglas native then studying law in Washington, led a campaign for federal charges.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'obstructs, delays', '1982-07-21')).not.toContain('Bustamante');
  });

  it('gives a letter an unnamed clerk reads out to the general who wrote it, not to the clerk', () => {
    const body = [
      'Gen. John J. Pershing wrote to the War Department on May 5 from his camp at Namiquipa.',
      'A clerk at the department read his letter to reporters: "We have the Villistas on the run and will keep them running."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Villistas on the run', '1916-05-08')).toContain('Pershing');
  });
});
