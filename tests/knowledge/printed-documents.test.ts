/**
 * Documents an article prints or describes: a letter introduced by "the following letter, written at X's
 * dictation:" is X's, "His order … directs the officers 'to…'" is the order's author's, a quotation followed
 * by "That was the opinion of X" is X's, and "Det." is a title, not the end of a sentence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a document the article introduces and prints', () => {
  it('is the one person the introducing sentence names, over the paragraphs it runs on into', () => {
    const body = [
      'Catarino E. Garza, editor of the Spanish paper El Comercio Mexicano, was shot in the main street on Saturday.',
      "The Clarion has received the following letter, written at Garza's dictation from his bed and signed in his own hand:",
      '"To the editor: I am not dead, whatever the wires have said. I ask no mob to avenge me.',
      '"When I am on my feet I will go back to my press."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'I am not dead')).toBe('Catarino E. Garza');
    expect(speakerOfWords(tools, body, 'back to my press')).toBe('Catarino E. Garza');
  });

  it('says no one when the introducing sentence names no one', () => {
    const body = [
      'The town was quiet on Sunday.',
      'The Clarion has received the following letter from a reader in the county:',
      '"To the editor: the streets are quiet and the ferry is running."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'the streets are quiet')).toBe('unattributed');
  });
});

describe('words quoted in part from a document a possessive pronoun opens with', () => {
  it("are the author's the pronoun points to (\"His order … directs the officers 'to protect…'\")", () => {
    const body = [
      'Gen. David S. Stanley, commanding the Department of Texas, has ordered a detachment of cavalry to the fort.',
      'His order, as given out at headquarters here, directs the officers "to protect the property of the United States and no further."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'to protect the property')).toBe('David S. Stanley');
  });

  it('are no one\'s when what opens the sentence is a person ("His wife…")', () => {
    const body = [
      'Gen. David S. Stanley, commanding the Department of Texas, has ordered a detachment of cavalry to the fort.',
      'His wife, who was at home, called the move "a precaution and nothing more."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'a precaution and nothing more')).not.toBe('David S. Stanley');
  });
});

describe('a quotation standing as the sentence opening a paragraph', () => {
  it('is the person the next sentence says held that opinion', () => {
    const body =
      '"The papers in Austin have made a war out of a street fight." That was the opinion of Lieut. Frederick Ashby of the garrison, who rode through the county on Monday.';
    expect(speakerOfWords(tools, body, 'a war out of a street fight')).toBe('Frederick Ashby');
  });

  it("is no one's when the next sentence says something else of the person", () => {
    const body =
      '"The papers in Austin have made a war out of a street fight." Lieut. Frederick Ashby of the garrison rode through the county on Monday.';
    expect(speakerOfWords(tools, body, 'a war out of a street fight')).toBe('unattributed');
  });
});

describe('"Det." before a name', () => {
  it('is a title, so the spokeswoman it opens is the one who speaks after', () => {
    const body = [
      'A police spokeswoman, Det. Lorena Esparza, said the investigation would stay open.',
      'Ramón Cuéllar, a Border Patrol spokesman in El Paso, said agents hear gunfire several times a week.',
      'Det. Esparza said investigators recovered two bullets. The spokeswoman said the rounds were falling when they hit.',
      '"These were not aimed shots," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'not aimed shots')).toBe('Lorena Esparza');
  });
});
