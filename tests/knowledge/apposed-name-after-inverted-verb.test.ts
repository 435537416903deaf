/**
 * '"…," said the town historian of Ojinaga, Lic. Marta Valdez Rubio, who …': the name set beside a long
 * description after an inverted verb of saying is the speaker, however many words the description and the
 * name's abbreviated title take.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a name apposed to the description after "said"', () => {
  it('attributes the words to the person named after the description and an abbreviated title', () => {
    const body = [
      'Nothing is left of the old river landing but a few posts.',
      '"Boats tied up here three deep in the good years," said the municipal chronicler of Ojinaga, Lic. Marta Valdez Rubio, who has written a book on the landing. "Now there is only sand."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'three deep')).toBe('Marta Valdez Rubio');
    expect(speakerOfWords(tools, body, 'only sand')).toBe('Marta Valdez Rubio');
  });
});
