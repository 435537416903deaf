/**
 * Speakers named by a phrase rather than a plain name: described and unnamed ("an officer … who declined to
 * give his name"), written with initials ("Mayor J. T. Hargis"), or named by whose they are ("my first
 * commander"), and the quotations the pronouns after them continue.
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

describe('speakers set off before their verb', () => {
  it('gives "A State Department spokesperson, in an emailed statement, said" its words, past the phrase set off by commas', () => {
    const body = [
      'A State Department spokesperson, in an emailed statement, said the United States "commends the Mexican government and its security forces" and would continue to work with Mexico.',
    ].join('\n\n');
    expect(speakerOf(body, 'commends the Mexican government')).toBe('A State Department spokesperson');
  });
});

describe('relatives a speaker names as theirs', () => {
  it('gives words "my first commander used to tell us" to the commander, past "used to"', () => {
    const body =
      'My first commander used to tell us, "Never start something you can\'t describe the end of."';
    expect(speakerOf(body, 'Never start something')).toBe('my first commander');
  });

  it('gives words "my own sister called me and said" to the sister, without "own"', () => {
    const body =
      'This week my own sister called me and said, "I\'m not crossing anymore, not even for Mom\'s birthday."';
    expect(speakerOf(body, 'not crossing anymore')).toBe('my sister');
  });

  it("makes a transcript turn's relative the turn speaker's", () => {
    const body = [
      'DIANA ESCALANTE, HOST: Good morning. With us are retired Maj. Gen. Raymond Kohler and Alma Treviño.',
      'KOHLER: Meaning Mexico is not Syria. My first commander used to tell us, "Never start something you can\'t describe the end of." I have not heard anybody describe the end of this.',
      'ESCALANTE: Alma Treviño, your reaction?',
      "TREVIÑO: I think it's a campaign slogan with a body count.",
    ].join('\n\n');
    expect(speakerOf(body, 'Never start something')?.toLowerCase()).toBe("raymond kohler's first commander");
  });
});

describe('relatives a description brings in', () => {
  it('gives "he" inside a quotation to the relative its speaker\'s "whose son" clause names', () => {
    const body =
      'Amparo Ruiz, 51, a seamstress in Nueva Italia whose son is a private in the 43rd Military Zone, said he called her on Monday night to say he would be posted a few kilometers from her house.\n\n"He told me, \'Mamá, I am coming home, but not to eat,\'" she said.';
    expect(speakerOf(body, 'Mamá, I am coming home')).toBe("Amparo Ruiz's son");
  });
});
