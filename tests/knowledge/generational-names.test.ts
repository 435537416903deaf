/**
 * Two people of one surname told apart by a generational word: "Vela Jr." is the son named "Jr.", "the
 * elder Hadley" the father, the older by the ages the article gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { holderOfGeneration, holderWithSuffix } from '../../src/knowledge/generations.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('holderWithSuffix', () => {
  it('gives "Vela Jr. said" to the son whose name ends in "Jr.", not to his father', () => {
    const body = [
      'Rogelio Vela Sr., a custodian at City Hall, was on the ninth floor when the window broke. His son, Rogelio Vela Jr., a planner for the city, works two floors down.',
      '"I heard a pop and then the glass," the elder Vela said.',
      'His son laughed when we told him that. "My dad ran down two flights of stairs," Vela Jr. said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'two flights')).toBe('Rogelio Vela Jr.');
    expect(speakerOfWords(tools, body, 'heard a pop')).toBe('Rogelio Vela Sr.');
  });

  it('picks no one for a word that is no suffix, or a suffix no one bears', () => {
    const people = [{ name: 'Rogelio Vela Sr.' }, { name: 'Rogelio Vela Jr.' }];
    expect(holderWithSuffix(people, 'said')).toBeNull();
    expect(holderWithSuffix(people, 'III')).toBeNull();
  });
});

describe('holderOfGeneration', () => {
  it('gives "the elder Hadley" to the older of two Hadleys by the ages the article gives', () => {
    const body = [
      'On a ranch east of Douglas, Tom Hadley, 71, whose family has run cattle in the valley since the 1940s, was not impressed.',
      '"I\'ll believe it when I see a Humvee on my road," Tom Hadley said.',
      "His son, Cody Hadley, 44, who now handles most of the ranch's work, sees it differently.",
      '"I think this time is different," Cody Hadley said.',
      'The elder Hadley shook his head as his son spoke. "We\'ll see how long they stay this time," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'how long they stay')).toBe('Tom Hadley');
  });

  it('tells no one apart when an age is missing or the word compares nothing', () => {
    const people = [{ name: 'Tom Hadley', age: 71 }, { name: 'Cody Hadley' }];
    expect(holderOfGeneration(people, 'elder')).toBeNull();
    expect(
      holderOfGeneration(
        [
          { name: 'Tom Hadley', age: 71 },
          { name: 'Cody Hadley', age: 44 },
        ],
        'tall',
      ),
    ).toBeNull();
  });
});
