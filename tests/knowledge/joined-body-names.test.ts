/**
 * "U.S. Customs and Border Protection said …": a body's name of common words joined by "and" is one
 * speaker, whole; "Border Protection" alone is no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('joinedBodyStart', () => {
  it('gives a statement to "U.S. Customs and Border Protection", not to "Border Protection"', () => {
    const body =
      'Federal officials say the opposite. U.S. Customs and Border Protection said in a statement Friday that it "does not endorse or condone private groups" at the border.';
    expect(speakerOfWords(tools, body, 'does not endorse', '2019-04-26')).toBe(
      'U.S. Customs and Border Protection',
    );
  });

  it('gives a statement to "Immigration and Customs Enforcement" whole', () => {
    const body =
      'Immigration and Customs Enforcement said on Monday that the detainees "were treated according to standards."';
    expect(speakerOfWords(tools, body, 'treated according to', '2019-04-26')).toBe(
      'Immigration and Customs Enforcement',
    );
  });

  it('keeps two people joined by "and" apart', () => {
    const body =
      'Maria Delgado and Ben Ray Sandoval wrote to the governor. "We expect an answer this week," Sandoval said.';
    expect(speakerOfWords(tools, body, 'We expect an answer', '2019-04-26')).toBe('Ben Ray Sandoval');
  });
});
