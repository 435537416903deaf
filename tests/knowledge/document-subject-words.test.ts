import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;
beforeAll(async () => {
  tools = await realTools();
});

describe('a document as the subject of a sentence quoting words in part', () => {
  it('gives words quoted in part to the document the sentence opens with, whatever its verb ("A memorandum … gives the figure as \'…\'")', () => {
    const body = [
      'The number of American soldiers still in Mexico was a question at the hotel yesterday.',
      'A memorandum which the Mexican commissioners brought with them gives the figure as "more than 12,000 men, with aeroplanes and motor trucks."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'aeroplanes and motor trucks')).toMatch(/^a memorandum/);
  });

  it('gives words said in full inside a sentence a document opens to the document ("The text given out at headquarters reads in part: \'…\'")', () => {
    const body = [
      'The garrison was paraded at noon.',
      'The text given out at headquarters reads in part: "Our casualties, four enlisted men wounded, none seriously."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'four enlisted men')).toMatch(/^the text/);
  });

  it('leaves words a person is named before to that person, not the document ("The report says Lt. Jesse Moreno called the raid \'…\'")', () => {
    const body = [
      'The inquiry sat for a week.',
      'The report says Lt. Jesse Moreno called the raid "a disgrace to the uniform."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'disgrace to the uniform')).not.toMatch(/report/);
  });
});
