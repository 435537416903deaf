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

const counted = (text: string) =>
  annotateText(tools, text)
    .sentences.flatMap((s) => facts.numbers(s))
    .map((n) => [n.text, n.counts]);

describe('a figure of people named by what befell them', () => {
  it('counts the killed and the dead a report gives ("lost about 120 killed", "had lost 650 dead")', () => {
    expect(counted('The Americans lost about 120 killed and 368 wounded.')).toEqual([
      ['about 120', 'killed'],
      ['368', 'wounded'],
    ]);
    expect(counted("The Mexican army's report gave 367 killed and wounded.")).toEqual([
      ['367', 'killed and wounded'],
    ]);
    expect(counted('He claimed the Mexicans had lost 650 dead, a figure historians reject.')).toEqual([
      ['650', 'dead'],
    ]);
  });

  it('does not read a figure that opens its clause, or a verb with an object of its own, as such people', () => {
    expect(counted('About 300 refused, and the rest went home.')).toEqual([]);
    expect(counted('The sheriff said 3 killed the guard.')).toEqual([]);
  });
});
