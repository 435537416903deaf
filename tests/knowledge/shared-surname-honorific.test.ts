/**
 * A surname two people of one article share, after an honorific ("Mr. Odom"): the honorific rules out only
 * the holders of the other gender, so the one the article is about is not lost to a relative whose first
 * name happens to tell his gender.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { holdersFitting } from '../../src/knowledge/recent-holders.ts';
import type { ArticlePerson } from '../../src/knowledge/discovered-person.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const person = (id: string, gender: 'male' | 'female' | null): ArticlePerson =>
  ({ id, name: id, gender: null, nameGender: gender }) as unknown as ArticlePerson;

describe('holdersFitting', () => {
  it('keeps a holder whose gender is unknown beside one whose first name says "male" after "Mr."', () => {
    const father = person('Nathaniel Odom', null);
    const son = person('Walter Odom', 'male');
    expect(holdersFitting([father, son], 'male')).toEqual([son, father]);
  });

  it('rules out the holders of the other gender ("Ms García" beside Captain Héctor García)', () => {
    const captain = person('Héctor García', 'male');
    const daughter = person('Ana García', 'female');
    expect(holdersFitting([captain, daughter], 'female')).toEqual([daughter]);
  });

  it('keeps every holder when no honorific is before the surname', () => {
    const holders = [person('A Odom', 'male'), person('B Odom', 'female')];
    expect(holdersFitting(holders, undefined)).toEqual(holders);
  });
});

describe('a shared surname after an honorific', () => {
  it('gives an obituary\'s "Mr. Odom … he said" to its subject, not to a son named at the end', () => {
    const body = [
      'Nathaniel Odom, a retired Army first sergeant who was taken prisoner at Carrizal in 1916, died Tuesday.',
      'Mr. Odom was one of the 24 prisoners. In a 1966 interview, he described lying in an irrigation ditch.',
      '"We went in standing up, like it was a parade," he said then.',
      'Survivors include a son, Walter Odom of Los Angeles, and a sister.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'standing up')).toBe('Nathaniel Odom');
  });

  it('still gives "Mrs. Odom said" to the woman of the two', () => {
    const body = [
      'Walter Odom and his wife, Ruby Lee Odom, ran the store for 40 years.',
      '"We never closed on a Sunday," Mrs. Odom said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'never closed')).toBe('Ruby Lee Odom');
  });
});

describe('an honorific before the first of two surnames', () => {
  it('gives "Señorita Pardo … she told us" to the woman whose first surname it is, not to her brothers', () => {
    const body = [
      'Ignacio Pardo and his brother Esteban Pardo were killed on the roof that morning.',
      "Their sister, Lucía Pardo Villegas, was taken to the women's prison. She died on Tuesday at 72.",
      'Señorita Pardo did not like to talk about that day. "I did what anyone would have done," she told us in 1935.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'anyone would have done')).toBe('Lucía Pardo Villegas');
  });
});
