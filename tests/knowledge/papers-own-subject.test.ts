import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;
beforeAll(async () => {
  tools = await realTools();
});

describe("the paper's own correspondent as a subject", () => {
  it('gives words quoted in part to "our correspondent" who opens the sentence ("Our correspondent, who went over the ground, counted \'…\'")', () => {
    const body = [
      'The returns give our loss as 33 killed and 89 wounded. Among the officers killed was Lieut. Inge of the Dragoons.',
      'Our correspondent, who went over the ground on Sunday the 10th, counted "not less than two hundred dead in the chapparal and along the road," besides those lost in the river.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'two hundred dead')).toBe('our correspondent');
  });
});
