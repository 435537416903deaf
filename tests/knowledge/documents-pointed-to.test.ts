/**
 * A document quoted with no verb of saying: "It reads:", "and it reads in full:", "read a passage from it:"
 * point back to the document the text just named, and its words are its owner's, not its reader's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('words a document "reads" after the sentence that named it', () => {
  it('are the sender the "from" describes ("a note from one of the prisoners … It reads:")', () => {
    const body =
      'A pencilled note from one of the prisoners, a young clerk whose family live near the river, was brought out of the town by a boy. It reads: "We are well treated so far. Tell mother not to fret."';
    expect(speakerOfWords(tools, body, 'Tell mother not to fret')).toBe('one of the prisoners');
  });

  it('are the writer\'s when a copy of it "reads in full" ("the colonel wrote a note … it reads in full:")', () => {
    const body = [
      'Col. Mathew Caldwell held the creek with two hundred men.',
      'In the afternoon Caldwell wrote a note in pencil and sent it back by a runner. A copy came into my hands, and it reads in full: "The enemy are all around me. Come and help me."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Come and help me')).toBe('Mathew Caldwell');
  });

  it('are the document\'s own when the text gives it no owner ("A telegram … from her son … It said:")', () => {
    const body =
      'A telegram received Friday by Mrs. Amos Wheeler of this city from her son, a private of the Seventh, was read aloud at the meeting. It said: "Am well. Tell father we got horses."';
    expect(speakerOfWords(tools, body, 'Tell father we got horses')).toBe('the telegram');
  });

  it('are the sender the text describes rather than names ("The state government sent a telegram … \'…,\' the telegram read")', () => {
    const body =
      'The state government sent a telegram, which Sr. Prieto read aloud. "The Government of the State joins the people of Guerrero in honoring the memory of the victims," the telegram read.';
    expect(speakerOfWords(tools, body, 'joins the people of Guerrero')).toBe('the state government');
  });

  it('stay unattributed when the sentence before names no document', () => {
    const body =
      'Col. Mathew Caldwell rode to the creek with two hundred men on Monday. It reads: "The enemy are all around me."';
    expect(speakerOfWords(tools, body, 'all around me')).not.toBe('Mathew Caldwell');
  });
});

describe('words someone reads out from a document', () => {
  it('are the author\'s, not the reader\'s ("Garza read a passage from it aloud:")', () => {
    const body = [
      'Dr. Rebeca Garza Saucedo, a historian, spoke at the library on Tuesday.',
      'The next day, the Texan commander, William Barret Travis, wrote his famous letter to the people of Texas. Garza read a passage from it aloud, in Spanish and then in English: "I shall never surrender or retreat."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'never surrender or retreat')).toBe('William Barret Travis');
  });
});
