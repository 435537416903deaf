/**
 * The person a sentence is about when it opens with "he" or "she" and names someone else later, after a
 * preposition ("He kept in his trunk a note from Maj. Howze"): the pronoun's person, whom a "he" in the next
 * sentence goes on about, not the one named in passing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a pronoun opening a sentence is its subject', () => {
  it('carries "he" on to the man who kept the note, not to the officer who wrote it', () => {
    const body = [
      'Orville Bascom Teague, a sergeant of the Eleventh Cavalry, died Tuesday. He was 47.',
      'He kept in his trunk a note from Maj. Robert L. Howze. He joined the Border Patrol in 1924.',
    ].join('\n\n');
    const annotated = annotateText(tools, body, { published: '1936-05-07' });
    const last = annotated.sentences.find((s) => s.text.startsWith('He joined'));
    const he = last?.mentions.find((m) => m.text === 'He');
    const person = annotated.people.find((p) => p.id === he?.entityId);
    expect(person?.name).toBe('Orville Bascom Teague');
  });
});
