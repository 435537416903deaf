/**
 * Who says a quotation standing alone when the sentence after it points back at it: "'…' That is what an old
 * man in the village told me." The one the words after "what" name or describe said it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a sentence pointing back at the quotation before it', () => {
  it('gives the words to the old man described after "That is what"', () => {
    const body = [
      'Dr. Laura Méndez Ríos teaches history in Chihuahua.',
      'In the mountain villages the raid is remembered the other way around, Méndez Ríos said. "The soldiers came up the canyon with guides, and our fathers held the pass." That is what an old man in Namiquipa told me when I was a student.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'our fathers held the pass')).toBe('an old man in Namiquipa');
  });

  it('gives the words to a person named after "That\'s what"', () => {
    const body = [
      'Rosa Elena Fierro ran the cantina in Palomas for forty years.',
      '"Nobody here slept that night." That\'s what Rosa Elena Fierro told the reporters who came in the morning.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Nobody here slept')).toBe('Rosa Elena Fierro');
  });
});
