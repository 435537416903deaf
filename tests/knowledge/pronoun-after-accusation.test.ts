/**
 * "he said" after a sentence in which one man accuses another is not given to the accuser by position alone:
 * the accused man's denial ("I did nothing wrong") stays his.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a denial after an accusation', () => {
  it('is not given to the accuser', () => {
    const body = [
      'Maverick County Sheriff Tom Schmerber arrested Army Sgt. Juan Pérez at a checkpoint on Monday.',
      'Schmerber accused Pérez of smuggling migrants in a military truck. "I did nothing wrong and I will prove it in court," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'did nothing wrong', '2024-05-14')).not.toContain('Schmerber');
  });
});
