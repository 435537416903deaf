/**
 * People an old dispatch names by a rank or office and a surname alone ("Gen. Pershing", "Gov. Ross"), a
 * captain whose regiment follows his name ("Capt. Emmet Crawford, Third Cavalry"), and whose a possessive
 * after a quotation is when the sentence before names the writer and whom he wrote to ('T. W. Kennedy wired
 * the governor. "…," his dispatch said').
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const peopleIn = (body: string) =>
  annotateText(tools, body, { published: '1916-04-02' }).people.map((p) => p.name);

describe('titled surnames', () => {
  it('knows "Gen. Pershing" as a person', () => {
    const body = 'Gen. Pershing had word that Villistas were near the ranch. The column rode before dawn.';
    expect(peopleIn(body)).toContain('Gen. Pershing');
  });

  it('does not take "the General Assembly" for a person', () => {
    const body = 'The General Assembly met at noon and adjourned without a vote on the border bill.';
    expect(peopleIn(body).some((n) => n.includes('Assembly'))).toBe(false);
  });

  it('keeps a captain named before his regiment a person, not a town', () => {
    const body =
      'The command left with one hundred Apache scouts under Capt. Emmet Crawford, Third Cavalry, assisted by Lieut. Gatewood.';
    const annotated = annotateText(tools, body, { published: '1883-06-25' });
    expect(annotated.notPeople.get('Emmet Crawford')).toBeUndefined();
    expect(annotated.people.map((p) => p.name)).toContain('Emmet Crawford');
  });

  it('gives "his dispatch" to the man who wired the governor, not to the governor', () => {
    const body = [
      'Telegrams reaching Gov. Ross at Austin since Saturday night have painted a picture of open war. One from the county judge, John P. Kelsey, read in part: "Armed men hold the streets."',
      'A member of the Legislature, T. W. Kennedy, wired the governor in the same spirit. "Send every man you can, and send him now," his dispatch said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Send every man', '1888-09-25')).toBe('T. W. Kennedy');
  });
});
