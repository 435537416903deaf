/**
 * A body's statement printed as a paragraph of its own after a sentence handing it over with a colon ("The
 * Navy's statement … read in part:", "The ministry said in a statement:", "… issued a written statement. I'll
 * read part of it:") is the body's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('statements handed over by a colon', () => {
  it('gives the paragraph after "The Navy\'s statement, posted …, read in part:" to the Navy', () => {
    const body = [
      'The ship struck the bridge on Saturday night.',
      "The Navy's statement, posted on Saturday night and updated on Sunday, read in part:",
      '"The Secretariat of the Navy regrets to report that an accident occurred with the Brooklyn Bridge."',
      'Families gathered at the pier on Sunday.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'regrets to report')).toBe('the Navy');
  });

  it('gives the paragraph after "The ministry said in a statement on Tuesday:" to the ministry', () => {
    const body = [
      'The talks began on Monday.',
      'The ministry said in a statement on Tuesday:',
      '"The actions carried out today are strictly within the law."',
      'The talks went on into the night.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'strictly within the law')).toBe('the ministry');
  });

  it('gives a statement a transcript\'s speaker reads out after "issued a written statement. I\'ll read part of it:" to its issuer', () => {
    const body = [
      'PURCELL: Has the government said anything?',
      "VILLARREAL QUIROGA: The Interior Ministry issued a written statement on Tuesday evening. I'll read part of it:",
      '"The actions carried out today in Ciudad Madero are strictly within the law. No worker will lose his job."',
      'PURCELL: And the union?',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'No worker will lose')).toBe('the Interior Ministry');
  });

  it('leaves a person who says the words before the colon to the readings of people', () => {
    const body = [
      'The talks began on Monday.',
      'Gen. Carlos Smith said on Tuesday:',
      '"The actions carried out today are strictly within the law."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'strictly within the law')).toBe('Carlos Smith');
  });
});
