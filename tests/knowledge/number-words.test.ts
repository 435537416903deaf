/**
 * Figures the old dispatches write in words across several tokens, and the ranges two of them make: each
 * read whole, never one part of it as a figure of its own.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/knowledge/annotate.ts';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { FactReader } from '../../src/knowledge/facts.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;
let facts: FactReader;

beforeAll(async () => {
  tools = await realTools();
  facts = new FactReader(JSON.parse(await readFile(join(KNOWLEDGE_DIR, 'lexicon.json'), 'utf8')) as Lexicon);
});

function counted(text: string): Array<[number, number | null, string]> {
  return annotateText(tools, text)
    .sentences.flatMap((s) => facts.numbers(s))
    .map((n) => [n.value, n.high, n.countsLemma]);
}

describe('a range whose figures are written in words', () => {
  it('keeps both ends when either is a hyphenated number', () => {
    expect(counted('Between twenty-five and thirty men crossed at the ford.')).toEqual([[25, 30, 'man']]);
    expect(counted('Between forty and sixty-five men crossed at the ford.')).toEqual([[40, 65, 'man']]);
    expect(counted('Twenty-five to thirty men crossed at the ford.')).toEqual([[25, 30, 'man']]);
    expect(counted('Some twenty-five or thirty men crossed at the ford.')).toEqual([[25, 30, 'man']]);
  });
});

describe('a figure written in words with hundreds or two count words', () => {
  it('reads hundreds with the tens after them, with or without "and"', () => {
    expect(counted('Two hundred and sixty men crossed at the ford.')).toEqual([[260, null, 'man']]);
    expect(counted('One hundred twenty-five men crossed at the ford.')).toEqual([[125, null, 'man']]);
  });

  it('reads hundreds of a tens-and-unit figure ("twenty-five hundred") as thousands', () => {
    expect(counted('Twenty-five hundred men crossed at the ford.')).toEqual([[2500, null, 'man']]);
  });

  it('reads a count word before "hundred" as the figure even where the tagger takes it for a noun', () => {
    expect(
      counted(
        'Our correspondent gives the force that went into the fight at something under seventeen hundred men.',
      ),
    ).toEqual([[1700, null, 'man']]);
  });

  it('reads "a hundred and fifty" as one hundred and fifty, not fifty', () => {
    expect(counted('The general had not above a hundred and fifty men fit for duty.')).toEqual([
      [150, null, 'man'],
    ]);
    expect(counted('A hundred twenty men crossed at the ford.')).toEqual([[120, null, 'man']]);
  });

  it('reads "twenty five" written apart as one figure', () => {
    expect(counted('Twenty five men crossed at the ford.')).toEqual([[25, null, 'man']]);
  });
});
