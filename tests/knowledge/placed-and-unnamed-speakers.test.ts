/** Speakers described by where they stand, and speakers who give no name: who said the market's words. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const MARKET = [
  'At the market on Tuesday, the replies came all at once. "They told us to go out to the road, and we went out," said a fruit seller who would give only her first name, Eulalia. "I clapped. Everybody on this road clapped," said the man at the next stall.',
  'Said Eulalia, when the reporter came back in the afternoon: "Now that the soldiers are here, nobody is going out to clap."',
].join('\n\n');

describe('a speaker who gives no name', () => {
  it('names no one by the words after "would not give his name," ("…, Milenio reported", "…, Pérez told reporters")', () => {
    const body = [
      'Mayor Juan Pérez spoke at noon. "We are afraid," said a guard who would not give his name, Milenio reported.',
      '"We stay," said a guard who would not give his name, Pérez told reporters.',
      '"The land is ours," said a farmer who shares his last name, Obrador, with the former president.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We are afraid')).toBe('a guard');
    expect(speakerOfWords(tools, body, 'We stay')).toBe('a guard');
    expect(speakerOfWords(tools, body, 'The land is ours')).toBe('a farmer');
  });
});

describe('a speaker described by where they stand', () => {
  it('keeps a named soldier\'s words his when "the soldier" is followed by a language, a time or a statement', () => {
    const body =
      'Sgt. Luis Ortega, a soldier of the garrison, spoke first. "We waited all night," said the soldier in Spanish. "Nobody came," said the soldier in the morning. "We are safe," said the soldier in a statement.';
    expect(speakerOfWords(tools, body, 'We waited all night')).toBe('Luis Ortega');
    expect(speakerOfWords(tools, body, 'Nobody came')).toBe('Luis Ortega');
    expect(speakerOfWords(tools, body, 'We are safe')).toBe('Luis Ortega');
  });

  it('gives "said the man at the next stall" to that man, not to the woman quoted before him', () => {
    expect(speakerOfWords(tools, MARKET, 'Everybody on this road clapped')).toBe('the man at the next stall');
    const named =
      'The replies came all at once. "We went out," said Eulalia Pérez, a fruit seller. "I clapped," said the man at the next stall.';
    expect(speakerOfWords(tools, named, 'I clapped')).toBe('the man at the next stall');
  });

  it('takes no placed phrase for a speaker when its noun is no person ("the report from the ministry")', () => {
    const body =
      'Eulalia Pérez sells fruit at the market. "The road is open again," said the report from the ministry.';
    expect(speakerOfWords(tools, body, 'The road is open again')).not.toBe('the report from the ministry');
  });
});
