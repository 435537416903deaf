/**
 * "A notice posted at the ferry landing at Las Moras reads: '…'": a document opening the clause before the verb
 * that hands the words over speaks, as the text describes it, not a place named inside its description; a
 * person named in it still speaks for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a document read out before its words', () => {
  it('gives the words to the notice, not to the place named in its description', () => {
    const body =
      'Travel on the river road has stopped. A notice posted at the ferry landing at Las Moras reads: "No wagon will cross after sundown until further orders."';
    expect(speakerOfWords(tools, body, 'No wagon will cross')).toBe(
      'a notice posted at the ferry landing at Las Moras',
    );
  });

  it('keeps the fuller description of a definite document ("the notice posted at the ferry landing")', () => {
    const body =
      'Travel on the river road has stopped. The notice posted at the ferry landing reads: "No wagon will cross after sundown until further orders."';
    expect(speakerOfWords(tools, body, 'No wagon will cross')).toBe('the notice posted at the ferry landing');
  });
});

describe('a document before a participle phrase set off by commas', () => {
  it('speaks, as the text names it before the phrase ("The marker\'s text, supplied by …, reads")', () => {
    const body =
      'Ana Ruiz, the county judge, unveiled the marker on Friday. The marker\'s text, supplied by the historical commission, reads: "Near this ford in 1859 a ranger company fought the raiders."';
    expect(speakerOfWords(tools, body, 'Near this ford')).toBe("the marker's text");
  });

  it('keeps a person who speaks before such a phrase ("The colonel, pressed by reporters, answered")', () => {
    const body =
      'Col. Ramón Ortiz arrived at noon. The colonel, pressed by reporters at the gate, answered: "We will stay until the river falls."';
    expect(speakerOfWords(tools, body, 'until the river falls')).toBe('Ramón Ortiz');
  });
});

describe('a document named by where it came from', () => {
  it('is the document from there, without how it was handled ("a telegram received … from Colonia Dublán")', () => {
    const body =
      'The refugees reached the border on Sunday. A telegram received last night by the relief committee here from Colonia Dublán read: "Wagons leaving at dawn. Send water."';
    expect(speakerOfWords(tools, body, 'Wagons leaving at dawn')).toBe('a telegram from Colonia Dublán');
  });
});

describe('a newspaper whose verb of saying the tagger reads as a plural noun', () => {
  it('speaks ("The Monitor Republicano …, an opposition print, remarks that \'…\'")', () => {
    const body =
      'The treaty was ratified on the 30th. The Diario Nacional of the 9th, an opposition print, remarks that "the country has been sold by the acre," and prints the vote of every deputy.';
    expect(speakerOfWords(tools, body, 'sold by the acre')).toBe('the Diario Nacional of the 9th');
  });
});

describe('a document read out whose description names who issued it', () => {
  it('gives the words to the body the statement was released by', () => {
    const body =
      'The town was quiet on Sunday. A statement released by the Mexican Foreign Ministry reads: "Mexico rejects any deployment."';
    expect(speakerOfWords(tools, body, 'rejects any deployment')).toBe('Mexican Foreign Ministry');
  });
});
