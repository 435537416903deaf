/**
 * "The Secretary" names someone the article met before, never a person it describes only later ("A
 * secretary of the Mexican commission" paragraphs on): the words after "the Secretary smiled" are not the
 * later secretary's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a role word and a person described later', () => {
  it('does not give "the Secretary" to a secretary the article describes only afterwards', () => {
    const body = [
      'The American commissioners, led by Secretary of the Interior Franklin K. Lane, met the Mexican envoys at the hotel on Wednesday.',
      'Secretary Lane came out to the veranda before dinner. Asked whether the talks would take days or weeks, the Secretary smiled. "Weeks, not days. Nobody should expect a treaty by Saturday," he said.',
      'The Mexicans take a shorter view. A secretary of the Mexican commission said the envoys had packed for a fortnight. "We will be home before the rains," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Weeks, not days')).toBe('Franklin K. Lane');
  });
});
