import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;
beforeAll(async () => {
  tools = await realTools();
});

describe('a described speaker going on in the same sentence', () => {
  it('gives words a "he says" hands over later in a sentence to the described speaker of its earlier words, not the person named last', () => {
    const body = [
      'Sergeant Patrick Keegan, of the Second Infantry, writes to his old employer. "Tell the boys at the cotton press I am well," Sergeant Keegan writes.',
      'Our correspondent says our loss there was "very heavy, far heavier than at Contreras," and among the prisoners were a number of deserters from our own army, who fought, he says, "with halters round their necks, and knew it."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'far heavier')).toBe('our correspondent');
    expect(speakerOfWords(tools, body, 'halters round their necks')).toBe('our correspondent');
  });
});
