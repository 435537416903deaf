/** Transcript labels that name no one, after the reporter described who speaks next. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('describedBeforeLabel', () => {
  it('gives an "UNIDENTIFIED WOMAN:" turn to the woman the reporter described just before', () => {
    const body = [
      "SOFÍA CASTAÑEDA, REPORTER: Not every family talked about it. One woman, who asked us not to use her name, said she learned her great-grandfather's story from a library book.",
      'UNIDENTIFIED WOMAN: My grandmother thought being a refugee was something to hide. She would say he came from Canton, full stop.',
      'CASTAÑEDA: Many of the men did end up on South Flores and in the blocks around it.',
      'ALBERT GEE: My dad used to tell us about the camp.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'being a refugee', '2017-02-06')).toBe('One woman');
  });

  it('leaves an "UNIDENTIFIED MAN:" turn unnamed when no man was described before it', () => {
    const body = [
      'SOFÍA CASTAÑEDA, REPORTER: Not every family talked about it. One woman, who asked us not to use her name, said she learned the story from a library book.',
      'UNIDENTIFIED MAN: Nobody in my family talked about it at all.',
      'CASTAÑEDA: Many of the men did end up on South Flores.',
      'ALBERT GEE: My dad used to tell us about the camp.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Nobody in my family', '2017-02-06')).not.toBe('One woman');
  });
});
