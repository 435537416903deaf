/**
 * A "he said"/"she said" opening the paragraph after someone the article introduced only by an indefinite
 * noun phrase ("a teacher", "a Kickapoo man") is theirs, not the last named person's of that gender.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a pronoun after an unnamed person introduced the paragraph before', () => {
  it('gives the words to "a Kickapoo man", not to the man named earlier', () => {
    const body =
      'Elton Pierce Jr., who has looked after the cemetery for 31 years, told me that visitors ask about the medals.\n\n' +
      'A Kickapoo man who sells leather goods near the community, who asked me not to print his name, listened politely when I told him why I had come.\n\n' +
      '"You come to remember your soldiers," he said.';
    expect(speakerOfWords(tools, body, 'remember your soldiers')).toBe('a Kickapoo man');
  });

  it('follows "The teacher" back to "a teacher" the sentence before introduced', () => {
    const body =
      'Delfina Sáenz, 78, watched from her pickup. She said people still find old buttons.\n\n' +
      'Daniela caught up with a teacher who brought her history club from Los Fresnos. The teacher, who asked that her name not be used, said her students had a sharp question on the bus.\n\n' +
      '"I told him that\'s a good question for a paper," she said.';
    expect(speakerOfWords(tools, body, 'good question for a paper')).toBe('a teacher');
  });

  it('leaves the pronoun to the named person when the description is set before another subject', () => {
    const body =
      'Juan Treviño, 64, said he has farmed along the river since 1980.\n\n' +
      'A rancher for 40 years, he has seen the fence go up twice.\n\n' +
      '"Nobody asked us," he said.';
    expect(speakerOfWords(tools, body, 'Nobody asked us')).toBe('Juan Treviño');
  });

  it('leaves the pronoun to a person named in the paragraph before', () => {
    const body =
      'A Border Patrol agent waved the trucks through.\n\n' +
      'Sgt. Mark Delgado, who drives one of them, said the road is rough.\n\n' +
      '"It shakes your teeth out," he said.';
    expect(speakerOfWords(tools, body, 'shakes your teeth')).toBe('Mark Delgado');
  });
});
