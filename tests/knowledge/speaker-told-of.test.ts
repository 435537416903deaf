/**
 * A speaker the paper tells of between their words keeps the turn: '"…," Mr. Dolan said. He passed the post
 * on the 29th.' then a paragraph of nothing but a quotation is still Dolan's, unless the sentence after the
 * words names another ('"…" That was the opinion of Lieut. Frederick Ashby').
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const OPENING =
  'Mr. Henry Kessler writes from the post. Patrick Dolan, conductor of the El Paso mail, came in yesterday.';

describe('a sentence telling of the speaker between two quotations', () => {
  it('gives a paragraph of nothing but a quotation to the mail conductor the sentence before it told of', () => {
    const body = [
      OPENING,
      '"The men were still standing to their horses when we drove in," Mr. Dolan said. He passed the post on the 29th, three days after the fight.',
      '"I counted the fires of their camp on the hills across the creek the second night."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'counted the fires')).toBe('Patrick Dolan');
  });

  it('leaves the quotation to the officer the sentence after it names', () => {
    const body = [
      OPENING,
      '"The men were still standing to their horses when we drove in," Mr. Dolan said. He passed the post on the 29th, three days after the fight.',
      '"The papers have made a war out of a street fight." That was the opinion of Lieut. Frederick Ashby of the garrison, who rode through the county on Monday.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'war out of a street fight')).toBe('Frederick Ashby');
  });

  it('leaves the quotation to the body the sentence after it names ("The Pentagon confirmed the plan")', () => {
    const body = [
      '"We will not accept it," Sheinbaum said. She spoke in Mexico City on Tuesday.',
      '"The troops will stay as long as they are needed on the border." The Pentagon confirmed the plan on Friday.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'troops will stay')).not.toBe('Claudia Sheinbaum');
    expect(speakerOfWords(tools, body, 'troops will stay')).not.toBe('Sheinbaum');
  });
});
