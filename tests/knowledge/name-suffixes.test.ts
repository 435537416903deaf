/**
 * A generational suffix written with a name ("Jr.", "Sr.", "III") is the name's: the speaker keeps it, the
 * surname is the word before it, and the name without it still finds the person.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('names with a generational suffix', () => {
  it('keeps "Jr." in the speaker\'s name and finds him by title and surname', () => {
    const body =
      'Lieut. Harold B. Winslow Jr., whose platoon held the trench, said his men were under orders. "We had bullets over our heads for six hours," Lieut. Winslow said.';
    expect(speakerOfWords(tools, body, 'bullets over our heads')).toBe('Harold B. Winslow Jr.');
  });

  it('reads a surname the tagger takes for a verb before "Jr." as a name ("Elton Pierce Jr.")', () => {
    const body =
      "Elton Pierce Jr., who has looked after the scouts' cemetery for 31 years, told me that visitors ask about the medals.\n\n" +
      '"They were promised land for their service, and they never got it," Mr. Pierce said.';
    expect(speakerOfWords(tools, body, 'promised land')).toBe('Elton Pierce Jr.');
  });

  it('knows the person by the name without the suffix too', () => {
    const body = 'Cameron County Commissioner Gilberto Reyna III said the county wants "a second marker."';
    const person = annotateText(tools, body).people.find((p) => p.name === 'Gilberto Reyna III');
    expect(person?.surname).toBe('Reyna');
    expect(person?.knownAs).toContain('Gilberto Reyna');
  });

  it('takes no suffix into a name that has none ("Gilberto Reyna said")', () => {
    const body = 'Gilberto Reyna, a county commissioner, said the county wants "a second marker."';
    expect(annotateText(tools, body).people.map((p) => p.name)).toContain('Gilberto Reyna');
  });
});
