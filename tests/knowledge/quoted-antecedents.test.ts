/**
 * Words recounted inside a quotation by "he told me, '…'" are the person the quoted story itself brought in
 * before the pronoun ("My father came home… He told me"), not the last person the article named outside it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** `line` after an opening paragraph naming a man, whom a pronoun could wrongly reach. */
function speaker(line: string, words: string): string | undefined {
  return speakerOfWords(tools, `Maj. John Warren held the town on Sunday after the fight.\n\n${line}`, words);
}

describe('a pronoun inside quoted words', () => {
  it('is the speaker\'s relative the words named before it ("My father … He told me")', () => {
    const line =
      '"My father came home late that night. He told me, \'Stay off the river road,\'" said Ana Ruiz.';
    expect(speaker(line, 'Stay off the river road')).toBe("Ana Ruiz's father");
  });

  it('is the person the words described before it ("The captain came to our door. He told us")', () => {
    const line = '"The captain came to our door. He told us, \'Leave the town tonight,\'" said Ana Ruiz.';
    expect(speaker(line, 'Leave the town tonight')).toBe('the captain');
  });

  it('is the one the speaker asked ("I asked the sergeant …, and he said")', () => {
    const line =
      '"I asked the sergeant what was happening, and he said, \'Just stay inside,\'" said Ana Ruiz.';
    expect(speaker(line, 'Just stay inside')).toBe('the sergeant');
  });

  it('is the one asked, answering after a clause opened by "when" ("When I asked a corporal …, he answered me")', () => {
    const line =
      '"When I asked a corporal why he had not dug the ditch, he answered me, \'We came here to fight,\' and went back to his tent," said Ana Ruiz.';
    expect(speaker(line, 'We came here to fight')).toBe('a corporal');
  });

  it('is the speaker\'s relative, not what the words say he was ("My father was a cadet … he used to say")', () => {
    const line =
      '"My father was a cadet that year, and he used to say, \'We held the hill,\'" said Ana Ruiz.';
    expect(speaker(line, 'We held the hill')).toBe("Ana Ruiz's father");
  });

  it('skips a described person of the other gender ("My mother … He said")', () => {
    const line = '"My mother cried all night. He said, \'Stay inside,\'" said Ana Ruiz.';
    expect(speaker(line, 'Stay inside')).not.toBe("Ana Ruiz's mother");
  });
});
