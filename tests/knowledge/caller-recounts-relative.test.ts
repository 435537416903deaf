/**
 * A caller who greets the host by name and recounts a relative's words ("Morning, Carl. My daddy was a
 * civilian mechanic … He used to say, '…'"): "he" is the relative, not the host greeted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const PROGRAM = [
  'CARL LUSK: Good morning, and welcome to the Almanac. I have Marian Teague in the studio.',
  'LUSK: We have a caller. Buddy Ray Sims in Caddo Mills, go ahead.',
  'BUDDY RAY SIMS (caller): Morning, Carl. My daddy was a civilian mechanic at Majors Field, and he worked on the Thunderbolts. He used to say, "Those boys would take an engine apart just to prove they could put it back together." He said they usually did, too.',
  'LUSK: Thank you, Buddy.',
].join('\n\n');

describe('a caller recounting a relative', () => {
  it('gives words "he used to say" to the father the caller spoke of, not to the host greeted by name', () => {
    expect(speakerOfWords(tools, PROGRAM, 'take an engine apart', '1985-02-21')).toBe(
      "Buddy Ray Sims's father",
    );
  });
});
