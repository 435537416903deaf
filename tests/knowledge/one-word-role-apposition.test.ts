/**
 * "the Rev. Henry Oakes, pastor, conducting the service": a role of one word set off by commas after a name
 * is what the person is, so "the pastor said" afterwards is theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a one-word role apposed to a name', () => {
  it('gives "the pastor said" to the person introduced as "pastor" between commas', () => {
    const body = [
      'The burial was on Tuesday at the Baptist church at Meridian, the Rev. Henry Oakes, pastor, conducting the service.',
      '"He never once missed a Sunday in thirty years," the pastor said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'missed a Sunday')).toBe('Henry Oakes');
  });
});

describe('a word of time set off by commas after a name', () => {
  it('does not make "yesterday" or "tonight" what the person is', () => {
    const body = [
      'Maria Delgado, yesterday, told the council the bridge must reopen.',
      'Tomas Vela, tonight, will ask the mayor to close it.',
    ].join('\n\n');
    const descriptions = annotateText(tools, body).people.map((p) => p.description ?? '');
    expect(descriptions.join(' ')).not.toMatch(/yesterday|tonight/);
  });
});
