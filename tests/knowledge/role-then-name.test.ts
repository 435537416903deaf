/**
 * A speaker named after a quotation by their role first and their name set off after it, on small articles
 * written here from the tuned fixtures' sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('roleThenName', () => {
  it('gives a quotation to the person named after a long role set off by commas before the verb of saying', () => {
    const body = [
      'The final text softened the conditions.',
      '"We can live with this language," a spokesman for the Mexican Embassy in Washington, Rodrigo Ávila, told The Line. "Mexico has never refused to talk about human rights."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'live with this language')).toBe('Rodrigo Ávila');
    expect(speakerOfWords(tools, body, 'never refused')).toBe('Rodrigo Ávila');
  });

  it('gives no speaker from a person named after a clause with its own verb', () => {
    const body = [
      'Mayor Albert Ruiz spoke first.',
      '"We can live with this language," a reporter who covered the vote for years, Dana Kessler, noted in the margin of a memo.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'live with this language')).not.toBe('Dana Kessler');
  });
});
