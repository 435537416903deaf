/**
 * Quotations inside a quotation or a report belong to their own speaker: "The captain, she said, told the
 * crew, '…'" is the captain's, not the one who tells the story.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a reporting clause set off between a subject and its verb', () => {
  it('gives the words to the subject, not to the one reporting them', () => {
    const body =
      '"We lost the trail at the arroyo," said Marta Delgado, a deckhand on the ferry. The captain, she said, told the crew at the landing, "Nobody crosses tonight."';
    expect(speakerOfWords(tools, body, 'Nobody crosses tonight')).toBe('the captain');
  });

  it('still gives reported words to the reporter when the clause after it is not the one saying them', () => {
    const body =
      'Marta Delgado said the ferry ran late. Two days later, she said, men in uniform came to the landing asking questions, and "nobody would talk to them."';
    expect(speakerOfWords(tools, body, 'nobody would talk to them')).toBe('Marta Delgado');
  });
});

describe('an answer to a question the sentence says was asked', () => {
  it('is the words of the one asked, not of the one asking', () => {
    const body =
      'Mr. Pruett wrote from the post on Friday. "When the lieutenant asked one of the scouts whether the ford could be crossed, the answer was, \'Not before morning, sir,\' and nobody crossed," he writes.';
    expect(speakerOfWords(tools, body, 'Not before morning')).toBe('one of the scouts');
  });

  it('is no one named when the one asked is only a pronoun', () => {
    const body =
      'Mr. Pruett wrote from the post on Friday. "When the lieutenant asked him whether the ford could be crossed, the answer was, \'Not before morning, sir,\' and nobody crossed," he writes.';
    expect(speakerOfWords(tools, body, 'Not before morning')).not.toBe('one of the scouts');
  });
});

describe('a pronoun inside quoted words after a relative the words named by "his" or "her"', () => {
  it('stands for that relative, not the last woman the article named', () => {
    const body =
      'Elena Ruiz, the cook, was killed in the raid. "Tomás always rode back with his father," said Mrs. Ada Lowe, a neighbor. "His mother knew it when the message came. She said, \'They have both gone down there,\' and sat by the telephone all night."';
    expect(speakerOfWords(tools, body, 'They have both gone')).toBe('his mother');
  });
});
