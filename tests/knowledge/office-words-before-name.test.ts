/**
 * Lower-case words of an office between a body's name (or a role) and a full name are that person's title:
 * "said Border Patrol union president Brandon Judd" is Judd's words, not the Border Patrol's, and not the
 * words of the president the coverage knows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('office words before a full name', () => {
  it('make the words the named union president’s, not the Border Patrol’s', () => {
    const body =
      '"We are overwhelmed at the ports of entry," said Border Patrol union president Brandon Judd.';
    expect(speakerOfWords(tools, body, 'overwhelmed', '2024-05-14')).toBe('Brandon Judd');
  });

  it('make the words the named deputy press secretary’s, not the Pentagon’s', () => {
    const body =
      '"The troops will remain through September," said Pentagon deputy press secretary Sue Gough.';
    expect(speakerOfWords(tools, body, 'remain through', '2024-05-14')).toBe('Sue Gough');
  });

  it('make "president" before a full name no mention of the president the coverage knows', () => {
    const body = '"We are overwhelmed at the ports of entry," said union president Brandon Judd.';
    expect(speakerOfWords(tools, body, 'overwhelmed', '2024-05-14')).toBe('Brandon Judd');
  });

  it('leave "said the president" to the president', () => {
    const body = '"We are overwhelmed at the ports of entry," said the president.';
    expect(speakerOfWords(tools, body, 'overwhelmed', '2024-05-14')).not.toBe('Brandon Judd');
    expect(speakerOfWords(tools, body, 'overwhelmed', '2024-05-14')).not.toBe('unattributed');
  });
});
