/** Hours the old dispatches write in words and "o'clock", read as clock times of the day they are told in. */
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

function times(text: string): Array<string | null> {
  return annotateText(tools, text)
    .sentences.flatMap((s) => facts.dates(s, '1912-03-09', null))
    .map((d) => d.time ?? null);
}

describe("an hour in o'clock told by the part of the day after it", () => {
  it('reads twelve at night as midnight, not noon', () => {
    expect(times("At 12 o'clock tonight the guard at the bridge changed.")).toEqual(['00:00']);
    expect(times("At twelve o'clock that night the guard at the bridge changed.")).toEqual(['00:00']);
  });

  it("reads o'clock written with a curly apostrophe", () => {
    expect(times('At 3 o’clock this morning the guard at the bridge changed.')).toEqual(['03:00']);
    expect(times('At ten o’clock at night the guard at the bridge changed.')).toEqual(['22:00']);
  });
});
