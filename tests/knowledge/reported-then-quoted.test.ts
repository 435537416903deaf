/** Words standing after a sentence that reports what its subject wrote, and people known by a title's role. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('reportsSpeech', () => {
  it('gives words after "The Captain writes that …" to the captain, though they name the General', () => {
    const body = [
      'The third letter, from Capt. Harmon Reese, who commands the Fairfield company, was written on the 26th ult. to a friend in this town.',
      'The Captain writes that General Taylor was then on the point of setting out for Monterey, and that the Commanding General had resolved to take with him only the men fit for a hard march. "The General has said he will take to Monterey only such regiments as can march, and ours, God help us, cannot."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'only such regiments', '1846-09-24')).toBe('Harmon Reese');
  });

  it('leaves words naming someone else after a sentence of someone only acting to no one', () => {
    const body =
      'Dr. Josiah Fenwick, the assistant surgeon, stayed with the sick. Capt. Harmon Reese rode out at dawn with the company. "Dr. Fenwick will not wait for us."';
    expect(speakerOfWords(tools, body, 'will not wait for us', '1846-09-24')).not.toBe('Harmon Reese');
  });
});

describe('title roles', () => {
  it('finds "the priest" to be Father Anselmo Treviño Rangel, cura of the parish', () => {
    const body =
      'The cura of the parish, Father Anselmo Treviño Rangel, has turned his own house into a hospital. "A wounded man has no party," the priest told me.';
    expect(speakerOfWords(tools, body, 'A wounded man has no party', '1866-07-10')).toBe(
      'Anselmo Treviño Rangel',
    );
  });

  it('reads "Corp." before a name as a corporal\'s title, not part of the name', () => {
    const body = [
      'A letter has been lent to the Pilot by Mr. R. T. Ames of San Benito. It was written by his uncle, Corp. Henry Ames of an Illinois regiment, to his sister at home. Of the voyage Corporal Ames wrote:',
      '"We were a week out of New Orleans, and two days of it in a norther."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'a week out of New Orleans', '1913-11-04')).toBe('Henry Ames');
  });
});
