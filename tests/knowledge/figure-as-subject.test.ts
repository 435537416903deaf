import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/knowledge/annotate.ts';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { referentOf, type Counted } from '../../src/knowledge/counted.ts';
import { FactReader } from '../../src/knowledge/facts.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;
let facts: FactReader;

beforeAll(async () => {
  tools = await realTools();
  facts = new FactReader(JSON.parse(await readFile(join(KNOWLEDGE_DIR, 'lexicon.json'), 'utf8')) as Lexicon);
});

/** Figures and what they count, each sentence given what the one before counted (as the build reads them). */
const counted = (text: string) => {
  let referent: Counted | null = null;
  return annotateText(tools, text).sentences.flatMap((s) => {
    const found = facts.numbers(s, referent);
    referent = referentOf(found) ?? referent;
    return found.map((n) => [n.text, n.counts]);
  });
};

describe('a bare figure that is its clause subject counts what was counted before', () => {
  it('counts the men of the sentence before ("Five were killed, one was wounded")', () => {
    expect(
      counted(
        'Soldiers opened fire on a pickup carrying seven young men. Five were killed, one was wounded.',
      ),
    ).toEqual([
      ['seven', 'young men'],
      ['Five', 'young men'],
      ['one', 'young men'],
    ]);
  });

  it('reads "two of them" with a verb as a part of those counted', () => {
    expect(
      counted('The patrol stopped 12 migrants near the river. Two of them were taken to a hospital.'),
    ).toEqual([
      ['12', 'migrants'],
      ['Two', 'migrants'],
    ]);
  });

  it('counts nothing when nothing was counted before', () => {
    expect(counted('Five were killed on the road.')).toEqual([]);
  });

  it('counts no part larger than what was counted before, nor a figure "of them" that is no subject', () => {
    expect(counted('The Guard put 6,000 troops in the four border states. Fewer than 1,000 remain.')).toEqual(
      [
        ['6,000', 'troops'],
        ['four', 'border states'],
      ],
    );
    expect(counted('The patrol stopped 12 migrants, and every one of them had a case number.')).toEqual([
      ['12', 'migrants'],
    ]);
  });
});

describe('"more" after a figure', () => {
  it('keeps "more" after a figure with the figure ("1,500 more active-duty troops", "eight more were killed")', () => {
    expect(counted('The Pentagon said that 1,500 more active-duty troops were going.')).toEqual([
      ['1,500 more', 'active-duty troops'],
    ]);
    expect(
      counted('The posse found twelve men at the ford. Of those who got away, eight more were killed.'),
    ).toEqual([
      ['twelve', 'men'],
      ['eight more', 'men'],
    ]);
  });
});
