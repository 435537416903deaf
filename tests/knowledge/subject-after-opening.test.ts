/**
 * A description opening the clause of the verb that hands a quotation over, after a phrase set off by a
 * comma, speaks: "After each name, the crowd of about 70 answered, '…'".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('subjectAfterOpening', () => {
  it('gives the words to the description after an opening phrase, past a place named earlier in the sentence', () => {
    const body =
      'Caption: Reenactors from a living-history group in San Antonio read the roll of Troop A. After each name, the crowd of about 70 answered, "Present!"';
    expect(speakerOfWords(tools, body, 'Present!')).toBe('the crowd of about 70');
  });

  it('gives the words to the description when two verbs share it ("cheered and called out")', () => {
    const body =
      'When the news was read out at evening stables, the men of the post cheered and called out, "Home by Christmas!"';
    expect(speakerOfWords(tools, body, 'Home by Christmas')).toBe('the men of the post');
  });

  it('still gives the words to a person named before the verbs when no phrase opens the clause', () => {
    const body =
      'My foreman, Chuy Villanueva, called the house and said, "The river is up and the trucks cannot cross."';
    expect(speakerOfWords(tools, body, 'river is up')).toBe('Chuy Villanueva');
  });
});
