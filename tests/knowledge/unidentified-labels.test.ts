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

  it('gives an "UNIDENTIFIED CATTLE BUYER:" turn to the cattle buyer the reporter described in the paragraph before', () => {
    const body = [
      'ESTEBAN ROCHA, REPORTER: The story still comes up along the river.',
      'ROCHA: Back on the Texas side, at the livestock auction in Rio Grande City, a cattle buyer from Starr County who has bought and sold here for 40 years told me the old story still comes up at the sale barn.',
      "UNIDENTIFIED CATTLE BUYER: Every year somebody loses a few head and somebody says, call McNelly. It's a joke.",
      'MARIA LOPEZ: It was a long time ago.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Every year somebody', '2025-11-20')).toBe(
      'a cattle buyer from Starr County',
    );
  });

  it('does not take a description from further back than the paragraph before the label', () => {
    const body = [
      'ESTEBAN ROCHA, REPORTER: At the auction, a cattle buyer from Starr County told me the story still comes up.',
      'ROCHA: The river is low this year, and the ranches along it are quiet.',
      'UNIDENTIFIED CATTLE BUYER: Every year somebody loses a few head.',
      'MARIA LOPEZ: It was a long time ago.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Every year somebody', '2025-11-20')).not.toBe(
      'a cattle buyer from Starr County',
    );
  });
});
