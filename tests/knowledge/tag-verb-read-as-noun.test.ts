/**
 * '"…," the colonel reports.': a verb of saying or of communicating in its "-s" form closing a tag after
 * quoted words, which the parse reads as a plural noun after the subject's noun, still hands the words over.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a tag whose verb the parse reads as a noun', () => {
  it('gives words closed by "the colonel reports." to the colonel named before, past another officer named between', () => {
    const body = [
      'Col. B. H. Grierson, of the Tenth Cavalry, was attacked on Friday at the water hole.',
      'The dispatch goes on to say that Lieut. Colladay was wounded. "In the entire engagement, seven Indians were killed and many wounded," the colonel reports.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'entire engagement', '1880-08-05')).toBe('B. H. Grierson');
  });

  it('leaves a tag of a noun that is no verb of saying alone: "the regimental orders."', () => {
    const body = [
      'Col. B. H. Grierson, of the Tenth Cavalry, was attacked on Friday at the water hole.',
      'Lieut. Colladay was wounded. "Hold the water at all costs," the regimental orders.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Hold the water', '1880-08-05')).not.toBe('B. H. Grierson');
  });
});
