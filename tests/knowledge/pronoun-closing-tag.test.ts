/**
 * '"…, I know that," he allowed.': a person's pronoun and a verb closing the tag hand the words over to the
 * one the pronoun stands for, whatever the verb, as '"…," the raiders cried.' does for a description (but for
 * '"…," she read.', documents-read-aloud.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;
beforeAll(async () => {
  tools = await realTools();
});

describe('a pronoun and a verb closing the tag after quoted words', () => {
  it('give the words to the person the pronoun stands for ("…," he allowed.)', () => {
    const body = [
      'Col. Amos Abernathy led the charge into the plaza with two hundred men.',
      'Jethro Pickens of Dayton, who rode with the colonel, puts the command at "not two hundred men all told."',
      'Mr. Pickens, on Tuesday, was less certain. "The colonel said something to the men, I know that," he allowed. "What he meant by it is between him and his Maker now."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'I know that')).toBe('Jethro Pickens');
  });
});
