/**
 * A quotation standing as a sentence of its own after a sentence that opens with a document as its subject
 * ("Mrs. Brannock's third letter, dated February 24, is the shortest. '…'") is the document's owner's words,
 * not those of the last person named; a document named after the sentence's verb hands nothing over.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const OBITUARY = [
  'Mrs. Adelaide Hollis Brannock, 74, widow of Silas Brannock, locomotive engineer, died Tuesday evening at her home.',
  'Her letters to her sister, the late Mrs. Cora Hollis Dunlap of this city, were printed in the Times in March of that year.',
  'General Lauro Villar, who had held the Palace for the government, was wounded in the fighting.',
  'Mrs. Brannock\'s third letter, dated February 24, is the shortest. "They have killed him, Cora. The paper says a rescue. I cannot stop thinking that Saturday was Washington\'s birthday."',
].join('\n\n');

describe('a quotation after a sentence a document opens', () => {
  it("gives the words to the letter's writer, though they name her sister", () => {
    expect(speakerOfWords(tools, OBITUARY, 'killed him, Cora', '1938-02-20')).toBe(
      'Adelaide Hollis Brannock',
    );
    expect(speakerOfWords(tools, OBITUARY, "Washington's birthday", '1938-02-20')).toBe(
      'Adelaide Hollis Brannock',
    );
  });

  it('does not give them to the owner of a document named after the verb', () => {
    const column = [
      'Mrs. Adelaide Brannock wrote to her sister from the capital.',
      'General Lauro Villar read Mrs. Brannock\'s letter at the embassy. "It is a fair account of the ten days."',
    ].join('\n\n');
    expect(speakerOfWords(tools, column, 'fair account', '1938-02-20')).not.toBe('Adelaide Brannock');
  });
});
