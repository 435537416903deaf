/**
 * An article's title quoting words its body gives someone ('"…": a rancher remembers' over a transcript turn
 * holding those words) is that speaker's, once the turns have speakers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const TRANSCRIPT = [
  '"Nobody ever told us about the raid": a rancher remembers Porvenir',
  'Aired Friday. Host: Delia Sotelo.',
  'SOTELO: Good afternoon. This is Frontera Hour. Our guest today is Martha Quiñones, whose family ranches near Ruidosa.',
  'QUIÑONES: Thank you for having me.',
  'SOTELO: When did you first hear about what happened at Porvenir?',
  'QUIÑONES: Not until I was grown. My family has been on that river since the 1880s, and nobody ever told us about the raid until a man from the university came out with his papers.',
].join('\n\n');

describe('a quotation in the title', () => {
  it("gives the title's quotation to the guest whose turn holds its words", () => {
    expect(speakerOfWords(tools, TRANSCRIPT, 'Nobody ever told us about the raid')).toBe('Martha Quiñones');
  });

  it('leaves a title no one in the body says unattributed', () => {
    const body = TRANSCRIPT.replace('nobody ever told us about the raid', 'we never heard a word of it');
    expect(speakerOfWords(tools, body, 'Nobody ever told us about the raid')).toBe('unattributed');
  });
});
