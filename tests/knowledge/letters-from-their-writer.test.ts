/**
 * A letter, telegram or report a sentence introduces as "from X", "written by X", "signed by X" or "X's" is
 * X's, whoever makes it public, reads it or receives it; "a letter to X" is not X's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const RECEIVED_FROM = [
  'The punitive expedition has halted its advance south of Namiquipa while supplies are brought up from Columbus.',
  'Gen. Frederick Funston made public tonight a letter he received from Gen. John J. Pershing, dated at Colonia Dublan on May 12:',
  '"The command is in good health and spirits. The motor trucks have kept us supplied, but the roads south of the Santa Maria are very bad."',
].join('\n\n');

const WRITTEN_BY = [
  'The committee met at the courthouse on Monday evening.',
  'Mayor Thomas Avery read to the meeting a telegram written by Colonel Henry Blaine at Fort Bliss:',
  '"No troops will be moved from the post before the end of the month."',
].join('\n\n');

const OWNED = [
  'The committee met at the courthouse on Monday evening.',
  "Mayor Thomas Avery read to the meeting Colonel Henry Blaine's letter of the 3rd:",
  '"The post cannot spare a company for the valley before the rains."',
].join('\n\n');

const LETTER_TO = [
  'The committee met at the courthouse on Monday evening.',
  'The meeting adopted the following letter to Colonel Henry Blaine:',
  '"The people of the valley ask that a company be sent before the rains."',
].join('\n\n');

describe('a letter introduced as from its writer', () => {
  it('gives the letter a general made public "he received from" another general to the one who wrote it', () => {
    expect(speakerOfWords(tools, RECEIVED_FROM, 'good health and spirits', '1916-05-20')).toBe(
      'John J. Pershing',
    );
  });

  it('gives a telegram "written by" someone to its writer, not to the mayor who read it', () => {
    expect(speakerOfWords(tools, WRITTEN_BY, 'No troops will be moved', '1916-05-20')).toBe('Henry Blaine');
  });

  it("gives someone's letter to its owner, not to the mayor who read it", () => {
    expect(speakerOfWords(tools, OWNED, 'cannot spare a company', '1916-05-20')).toBe('Henry Blaine');
  });

  it('does not give a letter "to" someone to the one it is addressed to', () => {
    expect(speakerOfWords(tools, LETTER_TO, 'ask that a company be sent', '1916-05-20')).not.toBe(
      'Henry Blaine',
    );
  });
});
