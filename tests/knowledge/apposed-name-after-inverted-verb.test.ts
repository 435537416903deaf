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

describe('a name after a description that names another person', () => {
  it('does not give the words to the person the description is about ("the lawyer for the widow, …")', () => {
    const body = [
      "The rancher's widow has sued the state.",
      '"We will not settle," said the lawyer for the widow, Lic. Ana María Ruiz Garza, on Monday.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'not settle')).not.toBe('Ana María Ruiz Garza');
  });
});
