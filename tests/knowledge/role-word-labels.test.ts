/**
 * A one-word transcript label that is a word for a person ("ANNOUNCER:") and no one's name in the article
 * is its speaker's description, so the turn is "an announcer"'s; "BAKER:" after "JOHN BAKER:" stays his.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a one-word label for a person no one is named after', () => {
  const show = [
    'ANNOUNCER: The Montebello Savings and Loan Association presents the Old Pueblo Hour.',
    'DALE EMERSON (host): Good evening. A hundred years ago today they fought on the open plain.',
    'PROF. KINSEY: Well, Dale, the Americans had taken Los Angeles the summer before without a fight.',
    'EMERSON: Thank you all. This has been the Old Pueblo Hour.',
    'ANNOUNCER: The Old Pueblo Hour is presented each Thursday by the Montebello Savings and Loan Association.',
  ].join('\n\n');

  it('gives the turn to "an announcer"', () => {
    expect(speakerOfWords(tools, show, 'presented each Thursday')).toBe('an announcer');
  });

  it('leaves a surname label to the person of that name', () => {
    const body = [
      'JOHN BAKER: We crossed at the ford in the morning.',
      'DALE EMERSON (host): And then?',
      'BAKER: Then we waited for the guns to come up.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'waited for the guns')).toBe('John Baker');
  });
});
