/**
 * "a young man named Josiah Pike": a noun for a person joined to a name by "named" or "called" says the name
 * is a person's and describes them, as an apposition set off by commas does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a person introduced as "a young man named …"', () => {
  it('is the one a later "he writes" stands for, named, not "a young man"', () => {
    const body =
      'It was written by a seaman off the frigate Congress, a young man named Josiah Pike, from Salem, Massachusetts, to his sister. He writes, "We went into the river with the guns on ropes."';
    expect(speakerOfWords(tools, body, 'guns on ropes')).toBe('Josiah Pike');
  });

  it('is not made of a thing called by a name ("a horse called Diablo")', () => {
    const body = 'He rode a horse called Diablo. "It never once threw me," the old man said.';
    expect(speakerOfWords(tools, body, 'threw me')).not.toBe('Diablo');
  });
});
