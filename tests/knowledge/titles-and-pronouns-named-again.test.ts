/**
 * Attribution when a title noun or a pronoun names again someone the article already gave it: "the doctor
 * said" after "Dr. Name", "He … told" after a sentence whose object pronoun stands for someone other than
 * its named subject, and "he told me" after a clause that introduced an unnamed person.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  return speakerOfWords(tools, body, words);
}

describe('a title noun names again the person the article gave that title', () => {
  it('gives "the doctor said" to the person written "Dr." before, not to a new speaker "the doctor"', () => {
    const body = [
      'The injured rider was taken to the clinic of Dr. Marian Oakhurst on Pecan street, who set the broken arm.',
      'Dr. Oakhurst said the boy would ride again by spring. "Bones at that age knit fast," the doctor said, "faster than the horse will forgive him."',
    ].join('\n\n');
    expect(speakerOf(body, 'Bones at that age')).toBe('Marian Oakhurst');
    expect(speakerOf(body, 'faster than the horse')).toBe('Marian Oakhurst');
  });
});

describe('a pronoun after a sentence whose object pronoun is someone other than its subject', () => {
  it('gives "He … told" to the person "him" stood for, not to the subject who let him', () => {
    const body = [
      'Ramón Ibarra, 61, ran the ferry at Los Ebanos for twenty years until the war closed the river. He moved his family to Monterrey and waited.',
      'Governor Tomás Almada allowed him to reopen the crossing in 1931. He rowed the first load across himself and told the Courier then: "The river does not know about wars. It only knows about boats."',
    ].join('\n\n');
    expect(speakerOf(body, 'The river does not know')).toBe('Ramón Ibarra');
  });

  it('keeps "He … told" with the subject when the object pronoun is of the other gender', () => {
    const body = [
      'Elena Garza, 54, ran the ferry at Los Ebanos for twenty years until the war closed the river. She moved her family to Monterrey and waited.',
      'Mr. Tomás Almada, the county judge, allowed her to reopen the crossing in 1931. He told the Courier then: \"A ferry is a bridge that floats.\"',
    ].join('\n\n');
    expect(speakerOf(body, 'bridge that floats')).toBe('Tomás Almada');
  });

  it('keeps "He … told" with the subject when "him" is the object of a verb in a clause the subject reported', () => {
    const body = [
      'Ramón Ibarra, 61, ran the ferry at Los Ebanos for twenty years. He moved his family to Monterrey and waited.',
      'Governor Tomás Almada said the soldiers had beaten him badly in 1931. He told the Courier then: "The river does not know about wars."',
    ].join('\n\n');
    expect(speakerOf(body, 'The river does not know')).toBe('Tomás Almada');
  });

  it('keeps "He … told" with the subject when "him" follows "that" and another verb', () => {
    const body =
      'Governor Tomás Almada complained that the soldiers had beaten him badly in 1931. He told the Courier then: "The river does not know about wars."';
    expect(speakerOf(body, 'The river does not know')).toBe('Tomás Almada');
  });
});

describe('a pronoun after a clause of its own sentence that introduced an unnamed person', () => {
  it('gives "and he told me" to the unnamed person just introduced, not to a man named the sentence before', () => {
    const body = [
      'ROSALES: Ortiz was shot at the checkpoint in 1987, and nobody was charged. One of my old neighbors is a customs inspector at the bridge, and he told me last week, "We still remember his name." I did not answer.',
    ].join('\n\n');
    expect(speakerOf(body, 'We still remember')).toBe('a customs inspector');
  });

  it('leaves "and he told me" to the man named in the same sentence', () => {
    const body = [
      'Mr. Esteban Ortiz is a customs inspector at the bridge, and he told me last week, "We still remember the name."',
    ].join('\n\n');
    expect(speakerOf(body, 'We still remember')).toBe('Esteban Ortiz');
  });

  it('gives "and he told me" to the subject who sent someone, not to the unnamed person sent', () => {
    const body =
      'The old sheriff sent a rider to the ranch, and he told me later, "We will hold the bridge."';
    expect(speakerOf(body, 'We will hold the bridge')).toBe('the old sheriff');
  });

  it('gives "and he told me" to the person a clause describes, not to the description after "is"', () => {
    const body =
      'The river was high that week. My neighbor is a retired deputy, and he told me later, "We will hold the bridge."';
    expect(speakerOf(body, 'We will hold the bridge')).toBe('my neighbor');
  });
});

describe('words quoted in part after a subject described by a title and no name', () => {
  it('gives them to "the foreman" who sent word, not to the person who speaks in the next sentence', () => {
    const body = [
      'MARFA, May 3.—The river is still high this morning. The foreman sent word by a rider that he would keep the gate "shut until Sunday." Sheriff Pete Dorsey said this morning that the road to the ford was closed.',
    ].join('\n\n');
    expect(speakerOf(body, 'shut until Sunday')).toBe('the foreman');
  });
});

describe('words quoted in part after a named subject', () => {
  it('gives them to the subject who sent word, not to the person who speaks in the next sentence', () => {
    const body = [
      'MARFA, May 3.—The river is still high this morning. Mr. Luis Prado, the ferryman, sent word by a rider that he would keep the gate "shut until Sunday." Sheriff Pete Dorsey said this morning that the road to the ford was closed.',
    ].join('\n\n');
    expect(speakerOf(body, 'shut until Sunday')).toBe('Luis Prado');
  });
});

describe("a title noun right before a name is that name's title", () => {
  it('gives "said the historian Dr. Name" to the one named, not to another historian met before', () => {
    const body = [
      'Tomás Reyes Ochoa, a historian at the community college, opened the exhibit on Friday.',
      '"It is all in the letters," said the historian Dr. Marisol Quintero Paz, of the state archive, who has read them for years. "Nobody had asked for them."',
    ].join('\n\n');
    expect(speakerOf(body, 'all in the letters')).toBe('Marisol Quintero Paz');
  });
});
