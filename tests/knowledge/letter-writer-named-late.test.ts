/**
 * A letter a sentence hands over after naming others first: "In a letter to Mrs. Stiffler, which she has
 * allowed us to print in part, Mr. Orcutt wrote:" prints Mr. Orcutt's words, and "the letter continues" goes
 * on with them; neither the one it was written to nor the "she" who lent it wrote it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const BODY = [
  'Lewis Albert Stiffler died at his home on Sunday. He leaves his wife, Mrs. Bertha Stiffler, and two children.',
  'Frank Orcutt, of Kingsville, Texas, who was a private in the cavalry guard that night, puts the figure lower. In a letter to Mrs. Stiffler, which she has allowed us to print in part, Mr. Orcutt wrote:',
  '"Lew and I never did agree how many there were. I do not think there were above thirty or forty of them."',
  '"He was the coolest man in the house," the letter continues. "When the wire was cut he found a way to get word out anyhow."',
].join('\n\n');

describe('a letter handed over by the one named right before "wrote:"', () => {
  it('is the words of the writer, not of the one it was written to', () => {
    expect(speakerOfWords(tools, BODY, 'thirty or forty')).toBe('Frank Orcutt');
  });

  it('goes on as the writer\'s when "the letter continues"', () => {
    expect(speakerOfWords(tools, BODY, 'coolest man')).toBe('Frank Orcutt');
  });
});
