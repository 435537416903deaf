/**
 * Letters a report introduces by their writer and then prints ("Lieut. Edmund R. Tarlton, …, son of Mr.
 * Josiah Tarlton, …, writes to his father …:"), and a surname written with an honorific among two holders.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const TARLTON = [
  'The Mexican battery on the road kept up a hot fire of grape, and Gen. Taylor sent for Capt. Charles May, of the Second Dragoons, and ordered him to take it.',
  'Lieut. Edmund R. Tarlton, of the Fourth Infantry, son of Mr. Josiah Tarlton, commission merchant of Main Street, writes to his father from the camp opposite Matamoras under date of May 11th:',
  '"We went in through the chapparal by companies and half companies, and I did not see the colors of my own regiment from the time we entered it until the thing was done."',
  'Of the famous charge he writes with reserve. "Capt. May\'s charge was a fine thing to see, but I will tell you plainly that the guns were not held by the dragoons."',
  'He adds, "Poor Cochrane of our regiment was killed early in the affair." Of the flight of the enemy to the river he says only: "I saw men go into the river who never came out of it."',
].join('\n\n');

const DREW = [
  'Gen. Taylor sent for Capt. Charles May, of the Second Dragoons, and ordered him to take the battery.',
  "Sergeant Malachi Drew, of Capt. May's squadron of the Second Dragoons, a saddler at Shelbyville before he enlisted, writes to his brother in this city. We correct only the spelling:",
  '"We went down the road in column of fours at a dead run, and then we were in among the guns.',
  '"We lost near twenty horses in that one charge. Lieut. Inge was shot down at the guns.',
  '"The General gave up his sword to the Captain like a gentleman. Tell mother I am not hurt."',
].join('\n\n');

describe('a letter introduced by its writer', () => {
  it('gives the printed letter to the writer the introducing sentence opens with, not the father it names', () => {
    expect(speakerOfWords(tools, TARLTON, 'I did not see the colors', '1846-05-28')).toBe(
      'Edmund R. Tarlton',
    );
  });

  it('keeps "he writes", "He adds" and "he says only" the writer\'s, not the Capt. May his letter names', () => {
    for (const words of ['the guns were not held', 'Poor Cochrane', 'I saw men go into the river'])
      expect(speakerOfWords(tools, TARLTON, words, '1846-05-28')).toBe('Edmund R. Tarlton');
  });

  it('reads "May 11th" as a date, not a mention of Capt. May', () => {
    const article = annotateText(tools, TARLTON, { published: '1846-05-28' });
    const intro = article.sentences.find((s) => s.text.includes('May 11th'));
    expect(intro?.mentions.map((m) => m.entityId)).not.toContain('auto-charles-may');
  });

  it('hands the letter over through a colon that names no one to the writer of the sentence before', () => {
    for (const words of ['column of fours', 'near twenty horses', 'gave up his sword'])
      expect(speakerOfWords(tools, DREW, words, '1846-05-28')).toBe('Malachi Drew');
  });

  it('reads "he" and "his" inside and after the phrases describing the writer as the writer', () => {
    const article = annotateText(tools, DREW, { published: '1846-05-28' });
    const intro = article.sentences.find((s) => s.text.startsWith('Sergeant Malachi Drew'));
    const pronouns = intro?.mentions.filter((m) => m.via === 'pronoun').map((m) => m.entityId);
    expect(pronouns).toEqual(['auto-malachi-drew', 'auto-malachi-drew']);
  });
});

describe('a surname written with an honorific', () => {
  it('names the holder the article introduced by that honorific, not the one who led a sentence', () => {
    const body = [
      'Lieut. Edmund R. Tarlton, of the Fourth Infantry, son of Mr. Josiah Tarlton, commission merchant of Main Street, writes to his father from the camp.',
      'The news was read aloud on Tuesday night to a crowd that filled the street. Mr. Josiah Tarlton said he was "thankful past all saying that the boy is safe." "But I will tell you what I told him when he went," Mr. Tarlton said. "This is the beginning of it, not the end."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'what I told him', '1846-05-28')).toBe('Josiah Tarlton');
    expect(speakerOfWords(tools, body, 'beginning of it', '1846-05-28')).toBe('Josiah Tarlton');
  });
});
