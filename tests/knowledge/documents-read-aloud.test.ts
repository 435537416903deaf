/**
 * Words read out of a document: "Kaitlyn Enos, 17, read a statement the family had written. '…,' she
 * read." are the statement's, named with its reader, not nobody's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const ENOS = [
  '"We came to pray for the water, not to fight anybody," said Rosalind Enos, a Hia-Ced O\'odham elder from Ajo who organized the gathering.',
  'Her granddaughter, Kaitlyn Enos, 17, read a statement the family had written in O\'odham and in English. "We ask the water to stay," she read. "We ask the ones who are building to remember that they drink, too."',
].join('\n\n');

describe('a document read aloud', () => {
  it('gives the words read to the statement and its reader', () => {
    expect(speakerOfWords(tools, ENOS, 'water to stay', '2020-09-14')).toBe(
      'the statement read by Kaitlyn Enos',
    );
  });

  it('gives the statement the quotation standing after the words read, too', () => {
    expect(speakerOfWords(tools, ENOS, 'they drink, too', '2020-09-14')).toBe(
      'the statement read by Kaitlyn Enos',
    );
  });

  it('leaves words said by a speaker of their own alone', () => {
    expect(speakerOfWords(tools, ENOS, 'pray for the water', '2020-09-14')).toBe('Rosalind Enos');
  });

  it('gives the words of a work by its reader ("a composition by Elvira …, \'…,\' she read") to the reader', () => {
    const body = [
      'The ceremony ended with the reading of a composition by Elvira Chávez Ronquillo, 13, a pupil of the village school. "My great-uncle could have run away to the mountains and he did not," she read. "I know it was brave."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'run away to the mountains', '1942-10-20')).toBe(
      'Elvira Chávez Ronquillo',
    );
    expect(speakerOfWords(tools, body, 'it was brave', '1942-10-20')).toBe('Elvira Chávez Ronquillo');
  });
});
