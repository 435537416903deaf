/**
 * Words a document holds, introduced by a relative clause ("the passage in which de la Peña writes that
 * '…'"), are the words of the relative clause's own subject, not of the one reading the passage.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a writer named inside "in which"', () => {
  it('gives words from "the passage in which X writes that" to X, not to the reader of the passage', () => {
    const body = [
      'The historian Rebeca Garza Saucedo gave the talk at the museum. Garza replied that there was no document to support that number, "although I would not be surprised."',
      'The most heated moment of the night came with the memoirs of Lieutenant Colonel José Enrique de la Peña, an officer in the assault. Garza read the passage in which de la Peña writes that "some seven men had survived the general carnage" and were brought before the general.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'seven men', '2026-03-06')).toMatch(/^(José Enrique )?de la Peña$/);
  });

  it('gives words from "the letter in which the colonel wrote that" to the colonel', () => {
    const body =
      'Mrs. Alice Kirby showed the reporter the letter in which the colonel wrote that "the Indians are beaten for good."';
    expect(speakerOfWords(tools, body, 'Indians are beaten', '1880-08-10')).toBe('the colonel');
  });

  it('does not give words to the subject of a relative clause closed before the verb ("Lopez, to whom the letter was sent, says")', () => {
    const body =
      'Maria Lopez runs the ferry at the crossing. Lopez, to whom the letter was sent, says that "the river is rising fast."';
    expect(speakerOfWords(tools, body, 'river is rising', '2026-03-06')).toMatch(/Lopez$/);
  });
});
