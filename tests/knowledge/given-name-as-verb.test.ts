/**
 * A first name the tagger reads as a verb ("Wade", "Bill") set off by a comma before a surname is the
 * start of a person's name, not a word of the sentence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a first name read as a verb in an apposition', () => {
  it('finds "Wade Ellison" after "Their leader," and gives him his words, not his wife\'s', () => {
    const body =
      'Their leader, Wade Ellison, a retired Army sergeant from Harlingen, said the wool uniforms are miserable.\n\n' +
      '"Those boys rode up here in April in wool," Ellison said.\n\n' +
      'His wife, Tammy Ellison, sewed most of the jackets by hand.';
    expect(annotateText(tools, body).people.map((p) => p.name)).toContain('Wade Ellison');
    expect(speakerOfWords(tools, body, 'Those boys rode')).toBe('Wade Ellison');
  });

  it('takes no verb after a comma into a name when an English word follows ("they said, Stop Traffic,")', () => {
    const body = 'The marchers shouted, Stop Traffic, and sat down on the bridge.';
    expect(annotateText(tools, body).people.map((p) => p.name)).not.toContain('Stop Traffic');
  });
});
