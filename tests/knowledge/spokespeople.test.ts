/**
 * Unnamed spokespeople named by the body the sentence before opens with: "The Texas Military Department did
 * not say… A spokesperson said…" is a Texas Military Department spokesperson.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('spokespersonOfBody', () => {
  it('names an unnamed spokesperson by the body the sentence before opens with', () => {
    const body = [
      'The Texas Military Department said in a statement that 400 soldiers had arrived in Brownsville.',
      'The Texas Military Department did not say how long the Tactical Border Force would remain in Brownsville. A spokesperson said the unit would move "wherever the governor directs."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'governor directs')).toBe('A Texas Military Department spokesperson');
  });

  it('names one whose words give part of the body by the capitalised name the paragraph before opens with', () => {
    const body = [
      'Joint Task Force Six, the El Paso-based command that coordinates military support to drug agencies, said in a statement that the sensors had been moved.',
      'A task force spokeswoman said procedures had been "tightened" since the arrest.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'tightened')).toBe('A Joint Task Force Six spokeswoman');
  });

  it('leaves a spokesperson as written when the sentence before opens with a person', () => {
    const body = [
      'Gov. Greg Abbott did not say how long the Tactical Border Force would remain. A spokesperson said the unit would move "wherever the governor directs."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'governor directs')).toBe('A spokesperson');
  });
});
