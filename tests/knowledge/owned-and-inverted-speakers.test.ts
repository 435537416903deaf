/**
 * Speakers English names by a possessive or an inverted verb rather than a subject before "said": "written,
 * in her words, '…'" (the possessive's person, by a gender the text gave), "Said Ochoa Saldivar, when told …,
 * '…'" (the name after the verb opening the sentence), and "He puts Walker's command at '…'" (the pronoun
 * opening the sentence, past one named only as an owner).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('words "in her words"', () => {
  const obituary = [
    'Mrs. Adelaide Hollis Brannock, 74, widow of Silas Brannock, locomotive engineer, died Tuesday evening at her home.',
    'General Lauro Villar, who had held the Palace for the government, was wounded in the fighting.',
    'The second letter, dated February 15, was written, in her words, "on the kitchen floor, which is the only room the shells cannot find."',
  ].join('\n\n');

  it('gives them to the last woman the text named, not to a man whose first name only leans female', () => {
    expect(speakerOfWords(tools, obituary, 'on the kitchen floor', '1938-02-20')).toBe(
      'Adelaide Hollis Brannock',
    );
  });

  it('keeps the speaker the sentence names when the possessive fits them', () => {
    const mass = [
      'Before the ceremony the parish priest of García, Father Eusebio Salinas, said Mass at an altar set up in front of the church, and prayed, in his words, "for the souls of the dead of both camps."',
    ].join('\n\n');
    expect(speakerOfWords(tools, mass, 'souls of the dead', '1976-05-01')).toBe('Eusebio Salinas');
  });
});

describe('a sentence opening on "Said" and a name', () => {
  it('gives the quotation after the name to the one named', () => {
    const story = [
      'Rafael Ochoa Saldivar, the Mexican consul at Laredo, received the news by wire on Friday.',
      'Said Ochoa Saldivar, when told that some exiles doubted the news, "The body was recognized at Cuautla by men who had known him since he was a boy."',
    ].join('\n\n');
    expect(speakerOfWords(tools, story, 'body was recognized', '1919-04-12')).toBe('Rafael Ochoa Saldivar');
  });

  it.each([
    ['Told of Donald Trump\'s remarks, Sheinbaum said: "We will not accept any such thing."'],
    ['Asked about Donald Trump, Sheinbaum said, "We will not accept any such thing."'],
    ['Writing to Donald Trump, Sheinbaum said "we will not accept any such thing."'],
  ])(
    "keeps the quotation of a participle's sentence for its subject, not the one it is about: %s",
    (line) => {
      const story = [
        'President Claudia Sheinbaum spoke to reporters at the National Palace on Tuesday.',
        line,
      ].join('\n\n');
      expect(speakerOfWords(tools, story, 'not accept any such', '2025-02-04')).toBe('Claudia Sheinbaum');
    },
  );
});

describe('words quoted in part after "he" opening the sentence', () => {
  it('gives them to the one the pronoun stands for, past a man named only as an owner', () => {
    const obituary = [
      'Lemuel Boggs, of Dayton, who was in the same company, came in for the funeral on Tuesday.',
      'Mr. Boggs also differs with his old comrade as to the numbers. He puts Walker\'s command at "not two hundred men all told, when they rode in," and the lancers at about two thousand.',
    ].join('\n\n');
    expect(speakerOfWords(tools, obituary, 'not two hundred men', '1897-06-01')).toBe('Lemuel Boggs');
  });

  it('gives them to the pronoun when "it" before them is the object, not a subject of its own', () => {
    const obituary = [
      'Lemuel Boggs, of Dayton, who was in the same company, came in for the funeral on Tuesday.',
      'He called it "the longest morning of the war, and the hottest."',
    ].join('\n\n');
    expect(speakerOfWords(tools, obituary, 'longest morning of the war', '1897-06-01')).toBe('Lemuel Boggs');
  });

  it('does not give them to the pronoun when another person is named as a subject before them', () => {
    const story = [
      'Lemuel Boggs, of Dayton, came in for the funeral on Tuesday.',
      'He said Abner Kesling always called the lancers "four thousand at the least."',
    ].join('\n\n');
    expect(speakerOfWords(tools, story, 'four thousand at the least', '1897-06-01')).not.toBe('Lemuel Boggs');
  });
});
