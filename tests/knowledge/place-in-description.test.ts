/**
 * A person described with the place they are at ("a shopkeeper on Calle Hidalgo, who asked not to be named"):
 * the name after the preposition is the place's, and what the sentence goes on to say is the shopkeeper's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a person described with a place', () => {
  const body = [
    'The mayor of Mier, Rodolfo Garza Treviño, led the ceremony on the square.',
    'A shopkeeper on Calle Hidalgo, who asked not to be named, said he hoped the anniversary would bring more visitors. "In 2010 half of Mier left for Miguel Alemán," he said.',
  ].join('\n\n');

  it('gives the words to the shopkeeper, not to the street the shopkeeper is on', () => {
    expect(speakerOfWords(tools, body, 'half of Mier', '2022-12-26')).toBe('A shopkeeper on Calle Hidalgo');
  });
});
