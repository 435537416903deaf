/**
 * Speakers an article describes instead of naming, and the quotations the pronouns after them continue.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  return speakerOfWords(tools, body, words, '1911-03-09');
}

describe('unnamed speakers', () => {
  it('knows "an officer of the Eleventh Cavalry who declined to give his name" as an unnamed speaker, past the name before "who"', () => {
    const body = [
      '"No soldier has been told he is going to Mexico," said Col. Henry T. Allard, an adjutant on the War Department staff.',
      'An officer of the Eleventh Cavalry who declined to give his name said his squadron had been issued full field equipment.',
      '"We have been told maneuvers," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'told maneuvers')).toBe('An officer of the Eleventh Cavalry');
  });

  it('opens the phrase at the first "a" when a later one names a place ("A federal police officer at a checkpoint outside Nueva Italia, who…, said")', () => {
    const body = [
      '"Aquí ya nadie sale de noche," Mr. Ezequiel Bautista said.',
      'A federal police officer at a checkpoint outside Nueva Italia, who did not give his name because he was not authorized to speak to the press, said his unit had been told the deployment would last "a month at least."',
      '"Nobody here believes a month," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'a month at least')).toBe(
      'A federal police officer at a checkpoint outside Nueva Italia',
    );
    expect(speakerOf(body, 'Nobody here believes')).toBe(
      'A federal police officer at a checkpoint outside Nueva Italia',
    );
  });
});

describe('names written with initials', () => {
  it('knows "Mayor J. T. Hargis" as a whole name, so "Hargis said" is his', () => {
    const body = [
      'Mayor J. T. Hargis of Eagle Pass said by long-distance telephone that his town had asked for a company of infantry since January.',
      '"San Antonio is a long way from the river," Hargis said.',
    ].join('\n\n');
    expect(speakerOf(body, 'a long way from the river')).toBe('J. T. Hargis');
  });
});
