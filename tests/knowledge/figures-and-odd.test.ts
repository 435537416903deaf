import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { referentOf, type Counted } from '../../src/knowledge/counted.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** Figures, their qualifier and what they count, each sentence given what the one before counted. */
const counted = (text: string) => {
  let referent: Counted | null = null;
  return annotateText(tools, text).sentences.flatMap((s) => {
    const found = tools.facts.numbers(s, referent);
    referent = referentOf(found) ?? referent;
    return found.map((n) => [n.text, n.value, n.qualifier, n.counts]);
  });
};

describe('a figure "and odd" is somewhat more than the figure, and still counts its noun', () => {
  it('reads "nine hundred and odd men", so the part after it counts men too', () => {
    expect(
      counted(
        '"Of nine hundred and odd men who were mustered at Cincinnati, I had this morning three hundred and twelve on the sick report," the doctor writes.',
      ),
    ).toEqual([
      ['nine hundred and odd', 900, 'more than', 'men'],
      ['three hundred and twelve', 312, null, 'men'],
    ]);
  });

  it('reads "three odd men" as three strange men, not more than three', () => {
    expect(counted('Three odd men came to the camp.')).toEqual([['Three', 3, null, 'odd men']]);
  });

  it('reads "six hundred odd men"', () => {
    expect(counted('There were six hundred odd men in the camp.')).toEqual([
      ['six hundred odd', 600, 'more than', 'men'],
    ]);
  });
});
