/** "Inspector" is a title before a name, as "Sergeant" is: "Chief Patrol Inspector Arthur W. Lindley". */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe("an inspector's title", () => {
  it('gives the words to the inspector named after a title of several words', () => {
    const body = [
      'Charles Teague, who rode the line for the Border Patrol for twelve years, died on Monday.',
      '"He knew every wash between here and Sasabe," said Chief Patrol Inspector Arthur W. Lindley of the Nogales station, "and most of the men who used them."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'every wash', '1936-05-07')).toBe('Arthur W. Lindley');
  });
});
