/**
 * "A young officer of Gen. Ramos's staff, who asked that his name not be printed, said …": the person named
 * inside the words describing the speaker is not who "his" and the "he said" after them stand for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('readMention', () => {
  it('gives "he said frankly" in the next paragraph to the unnamed officer, not to the general whose staff he is on', () => {
    const body = [
      'Gen. Aurelio Ramos sent word to the defenders that the city must be given up. The two days he allowed ran out.',
      'A young officer of Gen. Ramos\'s staff, who came down to the river bank and asked that his name not be printed, said the notice had been meant in earnest. "We gave them two days," he said.',
      'The customs house, he said frankly, was the prize. "The customs house will pay for the revolution in this state."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'will pay for the revolution', '1913-06-06')).toBe(
      "A young officer of Gen. Ramos's staff",
    );
  });

  it('still gives "he said" to the general when the sentence is about him', () => {
    const body = [
      "A young officer of Gen. Ramos's staff rode in with the news on Wednesday.",
      'Gen. Aurelio Ramos came down to the bank in the afternoon. "We gave them two days," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We gave them two days', '1913-06-06')).toBe('Aurelio Ramos');
  });
});
