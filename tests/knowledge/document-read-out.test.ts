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

describe('a document read out whose description names who issued it', () => {
  it('gives the words to the body the statement was released by', () => {
    const body =
      'The town was quiet on Sunday. A statement released by the Mexican Foreign Ministry reads: "Mexico rejects any deployment."';
    expect(speakerOfWords(tools, body, 'rejects any deployment')).toBe('Mexican Foreign Ministry');
  });
});
