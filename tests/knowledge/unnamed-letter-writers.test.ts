/**
 * A letter from someone the article describes and does not name, printed with "he writes": the pronoun is
 * the letter's writer, not the last man named, and so are the pronouns that carry the letter on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const LETTERS = [
  'Mr. Caleb T. Suit, of the Scorpion, writes that the heat was worse than the enemy. "It was the sun that nearly whipped us," he says.',
  "By the same vessel came a letter, in Spanish, from a merchant of the town to a correspondent in New Orleans, which was printed in a paper of that city. The writer's name is withheld.",
  '"The Americans entered on the afternoon of the sixteenth," he writes. "Our troops fell back to Tamulté and then farther into the country."',
  'He continues in a second paragraph: "The fevers will do what our soldiers could not."',
].join('\n\n');

describe('unnamed letter writers', () => {
  it('gives "…," he writes after a letter "from a merchant of the town" to the merchant, not to the last man named', () => {
    expect(speakerOfWords(tools, LETTERS, 'The Americans entered')).toBe('a merchant of the town');
  });

  it('gives the merchant the words he goes on with in the same paragraph and the next', () => {
    expect(speakerOfWords(tools, LETTERS, 'Our troops fell back')).toBe('a merchant of the town');
    expect(speakerOfWords(tools, LETTERS, 'The fevers will do')).toBe('a merchant of the town');
  });

  it('keeps "he writes" for the man named when the letter is from him', () => {
    const body = [
      'By the same vessel came a letter from Mr. Caleb T. Suit, a merchant of the town.',
      '"The Americans entered on the afternoon of the sixteenth," he writes.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'The Americans entered')).toBe('Caleb T. Suit');
  });
});
