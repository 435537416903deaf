/**
 * Words quoted in part inside a sentence are its subject's, when the subject is a person named after a
 * title holding a place ("Cameron County Commissioner …") or people named by a plural noun ("Officials").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const LEAD = 'BROWNSVILLE, Texas — A ceremony was held Sunday at the old battlefield.';

describe('nameAfterTitle', () => {
  it('gives words quoted in part to the person a title with a place in it opens the sentence with', () => {
    const body = [
      LEAD,
      'Cameron County Commissioner Gilberto Reyna III opened with a moment of silence "for every soldier who died on this ground."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'for every soldier')).toBe('Gilberto Reyna III');
  });

  it('does not reach past a verb to a person named later in the sentence', () => {
    const body = [
      LEAD,
      'Cameron County opened the park after Gilberto Reyna III asked for a marker "for every soldier who died on this ground."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'for every soldier')).not.toBe('Gilberto Reyna III');
  });
});

describe('pluralPeopleOpening', () => {
  it('gives words quoted in part to people a sentence opens with by a plural noun', () => {
    const body = [
      LEAD,
      'Officials have called the operation "the largest peacetime search" in the nation\'s history.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'the largest peacetime')).toBe('Officials');
  });

  it('gives nothing to a sentence opening with a plural noun naming no person', () => {
    const body = [LEAD, 'Records have called the operation "the largest peacetime search" in history.'].join(
      '\n\n',
    );
    expect(speakerOfWords(tools, body, 'the largest peacetime')).not.toBe('Records');
  });
});
