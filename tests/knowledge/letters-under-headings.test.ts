/**
 * A letter printed under a heading in capitals that names its writer ("LETTER FROM OUR CORRESPONDENT."),
 * after a dateline, in paragraphs of quotation marks with no verb of saying: its words are the writer's, and
 * so are words the writer, described again, adds in a postscript.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const COLUMN = [
  'The steamer arrived at this port on Thursday evening, bringing the Mexican mails and a letter from our own correspondent at the city of Mexico.',
  'LETTER FROM OUR CORRESPONDENT.',
  'CITY OF MEXICO, May 8, 1862.',
  '"I was at the palace on Monday evening when the telegraph brought the news, and I saw grave men embrace in the corridors.',
  '"Nobody here believed it could be done. The French officers had said that they would meet nothing worse than a mob."',
  'The writer adds, in a postscript, that the government is hurrying fresh troops to Puebla, and that "the talk in the cafés is no longer of surrender."',
  'FROM AN AMERICAN AT PUEBLA.',
  'We are permitted to print the following from a private letter of Mr. Elisha Crandall, dated the 6th:',
  '"From the roof of my house I could see the red trousers go up the hill three times."',
].join('\n\n');

describe('a letter under a heading naming its writer', () => {
  it("gives the letter's first paragraph to the correspondent the heading names", () => {
    expect(speakerOfWords(tools, COLUMN, 'grave men embrace', '1862-05-31')).toBe('our correspondent');
  });

  it("gives the letter's later paragraphs to the same writer", () => {
    expect(speakerOfWords(tools, COLUMN, 'nothing worse than a mob', '1862-05-31')).toBe('our correspondent');
  });

  it('gives words "the writer adds" after the letter to its writer', () => {
    expect(speakerOfWords(tools, COLUMN, 'talk in the cafés', '1862-05-31')).toBe('our correspondent');
  });

  it('gives a letter under "THE LETTER OF MR. VAN DUZER." to the man the column introduced', () => {
    const column = [
      'By the same mail we have received two letters from young men of this village who are with the army.',
      "Mr. Henry Van Duzer went out to Texas last summer, and has since been employed as a clerk in the quartermaster's department. His letter to his brother is dated at Corpus Christi, February 21.",
      'THE LETTER OF MR. VAN DUZER.',
      '"Dear Brother, — Your letter came to hand by the last steamer, and found me well, which is more than can be said for half the camp.',
      '"The officers have put up a theatre of boards, which they say holds eight hundred."',
    ].join('\n\n');
    expect(speakerOfWords(tools, column, 'found me well', '1846-04-25')).toBe('Henry Van Duzer');
    expect(speakerOfWords(tools, column, 'theatre of boards', '1846-04-25')).toBe('Henry Van Duzer');
  });

  it('gives "THE LETTER OF CORPORAL WEMPLE." to the corporal introduced a letter before, not to his father', () => {
    const column = [
      'Corporal Silas Wemple, son of Mr. Abram Wemple, the wheelwright of Water Street, enlisted in the Eighth Infantry three years ago. His letter to his father is dated at the camp.',
      'THE LETTER OF MR. VAN DUZER.',
      '"Dear Brother, — The winter has been a hard one.',
      '"The water is brackish and the wood is scarce.',
      '"The men care nothing about it."',
      'THE LETTER OF CORPORAL WEMPLE.',
      '"Dear Father, — We are here, on the bank of the river. I write on a cracker box, so you will excuse the hand."',
    ].join('\n\n');
    expect(speakerOfWords(tools, column, 'cracker box', '1846-04-25')).toBe('Silas Wemple');
  });

  it('gives a letter to the writer its heading names when the paragraph introducing him ends on another man', () => {
    const column = [
      'The American Flag Raised at Monterey Without a Shot — The Proclamation of Com. Sloat — Three Townsmen Write Home.',
      'Capt. Brickett himself was at anchor in the bay when the flag went up. "I was below decks weighing out hides when the first gun fired," he told us on Wednesday.',
      'THE LETTER OF JOTHAM PIKE.',
      'Jotham Pike, son of the widow Pike of Water street, ships as an ordinary seaman in the frigate Savannah, the flag-ship of Com. John D. Sloat. His letter is dated in the Bay of Monterey, the 10th of July:',
      '"Dear Mother, — We lay at Mazatlan the most of the spring with the English admiral watching us.',
      '"We came to anchor here on the 2d, and found the Cyane already in the roads."',
    ].join('\n\n');
    expect(speakerOfWords(tools, column, 'English admiral watching us', '1847-01-09')).toBe('Jotham Pike');
    expect(speakerOfWords(tools, column, 'Cyane already in the roads', '1847-01-09')).toBe('Jotham Pike');
  });

  it("leaves a quotation the letter gives someone else with a verb of saying to that one, not the letter's writer", () => {
    const column = [
      'THE LETTER OF JOTHAM PIKE.',
      'Jotham Pike, son of the widow Pike of Water street, ships as an ordinary seaman in the frigate Savannah, the flag-ship of Com. John D. Sloat. His letter is dated in the Bay of Monterey, the 10th of July:',
      '"Dear Mother, — We lay at Mazatlan the most of the spring.',
      "\"Then we lay five days and did nothing. 'Old Sloat would sooner be slow than be laughed at,' one of the quartermasters said, who was here with Jones in '42.\"",
    ].join('\n\n');
    expect(speakerOfWords(tools, column, 'most of the spring', '1847-01-09')).toBe('Jotham Pike');
    expect(speakerOfWords(tools, column, 'sooner be slow', '1847-01-09')).not.toBe('Jotham Pike');
  });

  it('does not take the place a heading says the letter came from for its writer', () => {
    const column = [
      'The mail from the west came in on Saturday.',
      'LETTER FROM SANTA FE.',
      'SANTA FE, Feb. 14, 1847.',
      '"The town is quiet again, though every house has a musket behind the door."',
    ].join('\n\n');
    expect(speakerOfWords(tools, column, 'musket behind the door', '1847-03-20')).not.toBe('Santa Fe');
  });

  it('leaves a letter its introducing sentence names to that writer', () => {
    expect(speakerOfWords(tools, COLUMN, 'red trousers', '1862-05-31')).toBe('Elisha Crandall');
  });
});
