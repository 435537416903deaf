/**
 * Words a thing bears, handed over by "read" ("a white banner reading, in Spanish, '…'", "a sign that read
 * '…'"): the thing is their speaker, not the people carrying it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const VIGIL = [
  'Classes were suspended on Friday and resumed on Monday. On Monday night, some 3,000 students, teachers and parents, by the university\'s estimate, gathered at the main entrance with candles and a white banner reading, in Spanish, "They were not hitmen, they were students."',
  'Patricia Saldívar, whose daughter lives in a student residence a few blocks from the gate, said she had driven up from Saltillo on Saturday.',
].join('\n\n');

describe('words a thing bears', () => {
  it('gives the words on a banner "reading, in Spanish," to the banner', () => {
    expect(speakerOfWords(tools, VIGIL, 'not hitmen', '2010-03-23')).toBe('a white banner');
  });

  it('gives the words on a sign "that read" with no colon to the sign', () => {
    const body = 'A girl of about ten held up a hand-lettered sign that read "Thank you, soldiers."';
    expect(speakerOfWords(tools, body, 'Thank you, soldiers')).toBe('a hand-lettered sign');
  });

  it('gives the words on a sign "reading:" to the sign, not to the girl holding it', () => {
    const body = 'A girl of about ten held up a hand-lettered sign reading: "Thank you, soldiers."';
    expect(speakerOfWords(tools, body, 'Thank you, soldiers')).toBe('a hand-lettered sign');
  });
});

describe('words a thing bears, the tagger reading "banner reading" as one noun', () => {
  it('gives the words on "a banner reading" to the banner when the tagger reads the banner as an adjective', () => {
    const body =
      'About three hundred people gathered on the malecón with candles. Some carried a banner reading "Fuerza, Caballero de los Mares."';
    expect(speakerOfWords(tools, body, 'Fuerza, Caballero')).toBe('a banner');
  });
});
