/**
 * Who says words handed over to a person described at length after them ('"…," a secretary who was in the
 * office told the station') or in an apposition before a colon ("One reader, a retired rancher, put it:"), and words a speaker recounts that end their own sentence inside the quotation
 * ("They said to me, '…' I said, '…'"): the verb after a full stop hands over the next words, not these.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a person described at length after the words', () => {
  it('gives the words to the secretary the caption describes', () => {
    const body = [
      'Two bullets struck the ninth floor of City Hall on Tuesday, police said.',
      '"I heard a crack and thought the printer had jammed," a clerk who was in the office told the station.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'printer had jammed')).toBe('a clerk who was in the office');
  });

  it('still gives the words to the person named in an apposition after the description', () => {
    const body = [
      'Two bullets struck the ninth floor of City Hall on Tuesday.',
      '"We are moving the staff to the other side," a spokesman for the city, Mark Delgado, said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'moving the staff')).toBe('Mark Delgado');
  });
});

describe('a person an apposition describes before a colon', () => {
  it('gives the words to the surveyor, not to "one reader"', () => {
    const body = [
      'Readers wrote in all week about the survey of 1853.',
      'One reader who stopped by the newsroom, a retired rancher near Deming, put it plainly: "Nobody who drew that line ever had to water cattle on it."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'water cattle on it')).toBe('a retired rancher near Deming');
  });
});

describe('a person described before "who" inside a quotation', () => {
  it('gives the words to the officer "who had told" them, not to the one writing', () => {
    const body = [
      'Rafael Medina wrote to the paper from his bed on Tuesday.',
      '"I was shot by a deputy of the county who had told my brother in March, \'That printer will not print about me much longer.\' I ask only for the courts," Medina wrote.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'That printer will not')).toBe('a deputy of the county');
  });
});

describe('recounted words that end their sentence inside a quotation', () => {
  const body = [
    'Capt. Rubén Olvera flew the first of the new planes in March.',
    '"The instructors were patient," Olvera said. "They said to me, \'Captain, the plane is yours now.\' I said, \'Then I will keep it.\'"',
  ].join('\n\n');

  it('does not give words someone said to the speaker to the speaker', () => {
    expect(speakerOfWords(tools, body, 'the plane is yours')).not.toBe('Rubén Olvera');
  });

  it('gives the words the speaker says "I said" before to the speaker', () => {
    expect(speakerOfWords(tools, body, 'Then I will keep it')).toBe('Rubén Olvera');
  });
});
