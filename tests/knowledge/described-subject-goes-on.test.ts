/**
 * A sentence that opens on a person it describes and names no one ("An older man standing near the church …
 * was less careful.") brings that person in: the "he said" of the words after it is theirs, not the last
 * person the article named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  return annotateText(tools, body, { published: '2023-03-16' }).quotes.find((q) => q.text.includes(words))
    ?.speakerName;
}

describe('describedSubjectGoesOn', () => {
  it('gives the pronoun after a sentence opening on a described person to that person', () => {
    const body = [
      'Gen. Sterling Price led the Americans into the town.',
      'An older man standing near the church, who asked not to be named, was less careful. "Here we have always known," he said.',
    ].join('\n\n');
    // "standing near the church" goes on describing him (a participle the tagger reads as a noun).
    expect(speakerOf(body, 'Here we have always known')).toBe('An older man standing near the church');
  });

  it('leaves the words to a person named after the described one', () => {
    const body = [
      'Gen. Sterling Price led the Americans into the town.',
      'An older man standing near the church was less careful. Gen. Price turned away. "Here we have always known," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Here we have always known')).toBe('Sterling Price');
  });
});
