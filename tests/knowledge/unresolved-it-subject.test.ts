/**
 * Words handed over by "it" or "they" that no body or group answers to ("and that it described the area as
 * '…'") are left with no speaker rather than given to the subject of a clause before ("He said …") or to
 * the person the sentence before opens with: "it" never stands for a person named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a verb of saying whose "it" names no one found', () => {
  it('does not give the words to the man whose clause comes before', () => {
    const body =
      'Rafael Ortega, a council member, asked the engineer, Dale Kimbrough, whether anyone had read the 2009 survey. He said he had, and that it described the bank as "stable but watched."';
    const speaker = speakerOfWords(tools, body, 'stable but watched');
    expect(speaker).toBe('unattributed');
  });

  it('still gives "It said" to the body the sentence before opens with', () => {
    const body =
      'The Mexican Defense Ministry put out a statement on Tuesday. It said the soldiers had "acted within the law."';
    expect(speakerOfWords(tools, body, 'acted within the law')).toBe('the Mexican Defense Ministry');
  });
});
