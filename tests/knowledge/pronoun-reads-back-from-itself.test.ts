/**
 * A "he" or "she" stands for someone named before it: read back from the pronoun, not from the article's end,
 * so a pronoun early in an article that names many people after it still finds who was named before it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** Paragraphs naming two women each, enough to push the early "he" past a read-back from the article's end. */
const LATER_PARAGRAPHS = Array.from(
  { length: 40 },
  () => 'Ms. Ana Ruiz, a nurse, and Ms. Rosa Diaz, a teacher, walked the levee again.',
);

describe('a pronoun early in a long article', () => {
  it('gives "he said" to the man named before it, however many people the article names after it', () => {
    const body = [
      'Mr. Tom Cole, the county engineer, inspected the gates on Monday.',
      'The water rose two feet overnight.',
      '"The gates will hold," he said.',
      ...LATER_PARAGRAPHS,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'gates will hold', '2020-05-07')).toBe('Tom Cole');
  });
});
