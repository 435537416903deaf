/**
 * A pronoun saying a quotation after a sentence whose subject names another of its gender later in its own
 * clause ("… in other figures than Mr. Pratt") is the subject's, not that later person's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a pronoun after a subject who names someone else', () => {
  it('gives "he wrote" to the doctor who is the subject, not the man he is compared with', () => {
    const body =
      'Mr. Owen Pratt sent word from the camp on Tuesday.\n\nDr. Ridley counts the dead in quite other figures than Mr. Pratt. "Nine were killed and twelve wounded," he wrote on Monday.';
    expect(speakerOfWords(tools, body, 'Nine were killed')).toBe('Dr. Ridley');
  });

  it('still gives "he said" to the man named last when the subject is a woman', () => {
    const body =
      'Mrs. Clara Ridley spoke with Mr. Owen Pratt at the gate. "Nine were killed and twelve wounded," he said.';
    expect(speakerOfWords(tools, body, 'Nine were killed')).toBe('Owen Pratt');
  });
});
