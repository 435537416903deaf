/**
 * "…, a messenger rode in at a gallop crying '…'": a verb of saying in its -ing form after the clause of the
 * one described at its start hands the words to them; "cry" is a verb of saying.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a participle of saying after the clause of someone described', () => {
  it('gives the words cried to the one who rode in', () => {
    const body =
      'When the alarm was given, a messenger rode in at a gallop crying "The river is over the ford!" and the bell was rung.';
    expect(speakerOfWords(tools, body, 'The river is over the ford')).toBe('a messenger');
  });

  it('gives the words shouted to the one who rode in', () => {
    const body =
      'When the alarm was given, a messenger rode in at a gallop shouting "The river is over the ford!" and the bell was rung.';
    expect(speakerOfWords(tools, body, 'The river is over the ford')).toBe('a messenger');
  });

  it('gives words "kept hollering" hands over to the subject, though the tagger reads "hollering" as a noun', () => {
    const body = [
      '"We loaded and fired as fast as we could. Our sergeant kept hollering \'Aim behind the shoulder, boys, the head is no use,\' and he was right," Orrin Hatchett wrote.',
      'Refugio Almanza, a corporal, kept hollering "Get down!" at the soldiers.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Aim behind the shoulder')).toBe('our sergeant');
    expect(speakerOfWords(tools, body, 'Get down')).toBe('Refugio Almanza');
  });
});
