/**
 * Figures the old dispatches write out in full words: "one hundred and seventeen", a range whose scale only its
 * higher figure carries ("between three and four hundred"), the old plural scale ("fifteen millions"), and a
 * denied bound ("not less than two hundred"). Each is read with its whole value and what it counts.
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

function counted(text: string): Array<[number, number | null, string | null, string]> {
  return annotateText(tools, text)
    .sentences.flatMap((s) => facts.numbers(s))
    .map((n) => [n.value, n.high, n.qualifier, n.countsLemma]);
}

describe('a figure in full words', () => {
  it('reads "one hundred and seventeen years" whole, though the tagger takes "seventeen" for a noun', () => {
    expect(counted('PRUITT: It took one hundred and seventeen years.')).toEqual([[117, null, null, 'year']]);
  });

  it('reads the old plural scale: "fifteen millions of dollars" is fifteen million', () => {
    expect(counted('The United States pay fifteen millions of dollars.')[0]?.[0]).toBe(15_000_000);
  });
});

describe('a range whose higher figure alone carries the scale', () => {
  it('gives the lower figure the same scale, and counts the noun the range is set off from', () => {
    expect(
      counted('The soldiers, between three and four hundred by most accounts, gave up their arms.'),
    ).toEqual([[300, 400, 'between', 'soldier']]);
  });

  it('gives the lower figure all of a two-word scale: "between two and three hundred thousand"', () => {
    expect(
      counted('Between two and three hundred thousand people fled the fighting.')[0]?.slice(0, 2),
    ).toEqual([200_000, 300_000]);
  });

  it('leaves the lower figure alone when "hundred" scales only the end of the higher figure', () => {
    expect(counted('Two or three thousand five hundred men marched.')[0]?.[0]).not.toBe(200);
  });

  it('gives the lower figure the scale of a sum in digits too', () => {
    expect(counted('Between 5 and 6 million migrants crossed that year.')).toEqual([
      [5_000_000, 6_000_000, 'between', 'migrant'],
    ]);
  });
});

describe('a denied bound', () => {
  it('reads "not less than two hundred dead" as at least two hundred dead, quoted after the verb', () => {
    expect(
      counted(
        'Our correspondent, who went over the ground on Sunday the 10th, counted "not less than two hundred dead in the chapparal and along the road," besides those lost in the river.',
      ),
    ).toEqual([[200, null, 'at least', 'dead']]);
  });
});
