/**
 * A dispatch's dateline is no part of its first sentence's subject: "FORT CLARK, Dec. 31. — A Mexican herder
 * who came in at this post reports …" opens with the herder, and his "he said" next is his.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a dateline before an unnamed speaker', () => {
  it('gives "he said" to the herder a dispatch opens with after its dateline and courier note', () => {
    const body = [
      'Mr. Henry Kessler wrote from the post on the 28th.',
      'FORT CLARK, Dec. 31. — (By courier to San Antonio.) — A Mexican herder who came in at this post reports that a large band passed near the mouth of the Pecos. "They went back across the river with the horses," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'went back across')).toMatch(/^a Mexican herder/i);
  });

  it('gives "he said" to the herder when the dateline and the sentence are one', () => {
    const body = [
      'Mr. Henry Kessler wrote from the post on the 28th.',
      'FORT CLARK, Dec. 31. — A Mexican herder who came in at this post reports that a large band passed near the mouth of the Pecos. "They went back across the river with the horses," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'went back across')).toMatch(/^a Mexican herder/i);
  });
});
