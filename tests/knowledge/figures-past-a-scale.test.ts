/**
 * A figure written in words past "thousand" or "million": "one thousand two hundred soldiers" is 1,200, not
 * 200 (the knowledge once kept only the words after the scale), while two figures each with their own scale
 * stay a range.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const DISPATCH = [
  'The union puts the column at one thousand two hundred soldiers.',
  'Two thousand five hundred men crossed the river at dawn.',
  'A thousand and fifty mules were lost on the road.',
  'Between two thousand and three thousand people fled.',
].join(' ');

function figures(text: string): Array<[string, number, number | null, string | null, string]> {
  return annotateText(tools, text)
    .sentences.flatMap((s) => tools.facts.numbers(s))
    .map((n) => [n.text, n.value, n.high, n.qualifier, n.countsLemma]);
}

describe('figures in words in a dispatch', () => {
  it('reads what follows "thousand" as part of the figure', () => {
    const found = figures(DISPATCH);
    expect(found).toContainEqual(['one thousand two hundred', 1200, null, null, 'soldier']);
    expect(found).toContainEqual(['Two thousand five hundred', 2500, null, null, 'man']);
    expect(found).toContainEqual(['A thousand and fifty', 1050, null, null, 'mule']);
  });

  it('keeps a range of two figures, each with its own "thousand", a range', () => {
    expect(figures(DISPATCH)).toContainEqual([
      'Between two thousand and three thousand',
      2000,
      3000,
      'between',
      'people',
    ]);
  });
});
