/**
 * Words no person said are given to no named person: a law's quoted text, under a subject the article never
 * gave anyone as a role ("The law makes it a crime when anyone '…'" after "then studying law" describes a
 * man), and the closing line of an unnamed friend's letter ("A friend at the post closes his letter with a
 * line: '…'"), which is the friend's, not the colonel's named before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('words no named person said', () => {
  it('gives a law’s quoted text to no one a description of a student of law names', () => {
    const body = [
      'A federal appeals court on Monday upheld the conviction of a Douglas-area rancher under the Hobbs Act.',
      'The law makes it a crime when anyone "in any way or degree obstructs, delays, or affects commerce" by robbery or extortion.',
      'The verdict brought marches in Douglas. Antonio Bustamante, a Douglas native then studying law in Washington, led a campaign for federal charges.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'obstructs, delays', '1982-07-21')).not.toContain('Bustamante');
  });

  it('gives the closing line of an unnamed friend’s letter to the friend, not the officer named before', () => {
    const body = [
      'Col. Edward Hatch, the colonel of the regiment, has asked for more men for the posts on the Pecos.',
      'A friend at the post closes his letter with a line we are glad to print: "Tell the people below that the fort is still ours."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'still ours', '1868-12-20')).toBe('a friend at the post');
  });
});
