/**
 * A speaker named by a role and then by name set off after it ('"…," the spokesman, Maj. Ronald Teague,
 * said'): the named person speaks, not the unnamed holder of the role the article met before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a role with a name set off after it, between a quotation and "said"', () => {
  it('gives the quotation to the person named after "the spokesman,"', () => {
    const body = [
      'Asked about Mr. Odom\'s service, a spokesman for Fort Bliss said the post would provide an honor guard for the burial. "First Sergeant Odom belongs to a part of our history we did not always tell well," the spokesman, Maj. Ronald Teague, said. "We intend to tell it well on Saturday."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'part of our history')).toBe('Ronald Teague');
    expect(speakerOfWords(tools, body, 'tell it well on Saturday')).toBe('Ronald Teague');
  });

  it('keeps the unnamed holder of the role when no name is set off after it', () => {
    const body = [
      'Ronald Teague, a historian, wrote the program. A spokesman for Fort Bliss said the post would provide an honor guard. "We intend to tell it well on Saturday," the spokesman said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'tell it well on Saturday')).toMatch(/^a spokesman for Fort Bliss$/i);
  });
});
