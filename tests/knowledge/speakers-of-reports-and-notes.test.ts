/**
 * Speakers an old dispatch or obituary names in ways a modern story seldom does: someone's words passed on by
 * a witness ("The packer told me Geronimo said"), a widow by her married name after her husband's own
 * sentences ("Mrs. Teague said"), a note the sentence before names the writer of ("a note from Maj. Howze
 * … It reads:"), an order given to someone ("His order to Maj. Howze was short:"), and words telegraphed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const speakerOf = (body: string, words: string) => speakerOfWords(tools, body, words, '1936-05-07');

describe('speakers of reports and notes', () => {
  it('gives words a witness passes on to the one named after "told me", not to "me Geronimo"', () => {
    const body =
      '"The packer told me Geronimo said to him, \'My people are scattered like quail. Give me time,\'" Mr. Hartigan said.';
    expect(speakerOf(body, 'scattered like quail')).toBe('Geronimo');
  });

  it('gives "Mrs. Teague said" to her, not to the husband the sentences before called "he"', () => {
    const body = [
      'Orville Bascom Teague, a sergeant of the Eleventh Cavalry, died at his home Tuesday evening. He was 47.',
      '"He always said the fifth of May belonged to him," Mrs. Teague said Wednesday. "He had his own."',
    ].join('\n\n');
    expect(speakerOf(body, 'fifth of May')).toBe('Mrs. Teague');
  });

  it('gives a note read out ("It reads, in part:") to the writer the sentence before names', () => {
    const body = [
      'Orville Bascom Teague, a sergeant of the Eleventh Cavalry, died Tuesday. He was 47.',
      'He kept in his trunk a note from Maj. Robert L. Howze, who died in 1926. It reads, in part: "To Sergt. Teague, who was at the front of E Troop when it counted."',
    ].join('\n\n');
    expect(speakerOf(body, 'front of E Troop')).toBe('Robert L. Howze');
  });

  it('does not give an order to the officer it was sent to', () => {
    const body =
      'Gen. Pershing had word that Villistas were near. His order to Maj. Robert L. Howze was short: "Move on Cusi and disperse the Villistas, if found."';
    expect(speakerOf(body, 'Move on Cusi')).not.toBe('Robert L. Howze');
  });

  it('gives words another telegraphed to no one rather than to the "word" that passed them on', () => {
    const body =
      'Word from Globe says that the agent at San Carlos has telegraphed Washington that he has "neither rations nor room" for more.';
    expect(speakerOf(body, 'neither rations')).toBe('unattributed');
  });
});
