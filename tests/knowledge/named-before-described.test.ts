/**
 * A person the article names once without saying who they are ("The trial of John Smith") and then
 * introduces properly ("John Smith, 56, the former security secretary, …") is one of its people, as they
 * would be had the introduction come first: their words are theirs, not the last speaker's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const introduced = [
  'Genaro García Luna, 56, the former security secretary, was sentenced on Wednesday.',
  'García Luna spoke for several minutes. "I have not committed any of these crimes," he said.',
];

describe('a person named before they are introduced', () => {
  it('keeps the speaker when a heading line names them first ("Case: United States v. Genaro García Luna")', () => {
    const body = ['Case: United States v. Genaro García Luna, No. 19-cr-576', ...introduced].join('\n\n');
    expect(speakerOfWords(tools, body, 'I have not committed')).toBe('Genaro García Luna');
  });

  it('keeps the speaker when a bare sentence names them first ("Genaro García Luna spoke.")', () => {
    const body = ['The hearing opened late. Genaro García Luna spoke.', ...introduced].join('\n\n');
    expect(speakerOfWords(tools, body, 'I have not committed')).toBe('Genaro García Luna');
  });

  it('does not make a place a person because a later line describes it after its name', () => {
    const body = [
      'The exiles of Laredo and San Antonio met on Sunday.',
      'Señorita Elvira Martínez, sister of the colonel, sent this paper from San Antonio the following letter, which we publish at her request:',
      '"My brother died an honourable man."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'My brother died')).not.toBe('San Antonio');
  });
});
