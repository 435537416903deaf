/**
 * '"…," the machinist's wife said' after "Harold Pittman Jr., a retired machinist … His wife, Bev Pittman,
 * came with him": the person the article introduced in that relation speaks, not a description of her.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a relation named after the words', () => {
  it('gives "…," the machinist\'s wife said to the wife the article introduced', () => {
    const body = [
      'Harold Pittman Jr., 64, a retired machinist from Yuma, drove out on Friday. "If I see somebody, I call it in," he said.',
      'His wife, Bev Pittman, came with him. "Harold has been talking about this since Christmas," the machinist\'s wife said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'since Christmas')).toBe('Bev Pittman');
  });

  it('keeps the description when the article introduced no one in that relation', () => {
    const body = [
      'Harold Pittman Jr., 64, a retired machinist from Yuma, drove out on Friday.',
      '"Harold has been talking about this since Christmas," the machinist\'s wife said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'since Christmas')).toBe("the machinist's wife");
  });
});
