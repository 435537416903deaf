/**
 * A pronoun in a sentence that opens with another name says nothing of the gender of the person
 * introduced just before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const HISTORIAN = [
  'Dr. Marisol Treviño Ayala, a historian at the state university, reminded the audience that the army crossed this valley. Taylor moved his guns to the pass in February.',
  'Taylor had chosen the ground well, she said. "It is the best-known battle of the war," she said.',
].join('\n\n');

describe('the gender of a person just introduced', () => {
  it('is not read from "his" in a sentence that opens with another name, so "she said" stays hers', () => {
    const article = annotateText(tools, HISTORIAN, { published: '2026-03-06' });
    expect(article.people.find((p) => p.name === 'Marisol Treviño Ayala')?.gender).not.toBe('male');
    expect(speakerOfWords(tools, HISTORIAN, 'best-known battle', '2026-03-06')).toBe('Marisol Treviño Ayala');
  });
});
