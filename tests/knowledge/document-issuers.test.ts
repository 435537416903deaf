import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;
beforeAll(async () => {
  tools = await realTools();
});

describe('document issuers', () => {
  it('gives "it said" words to the body a statement came from ("received a written statement from the U.S. Department of Health and Human Services")', () => {
    const body =
      'Before the program, the station received a written statement from the U.S. Department of Health and Human Services, which Ybarra read at the top of the hour. It said in part: "HHS is temporarily using a dormitory at the base to shelter children."';
    expect(speakerOfWords(tools, body, 'temporarily using a dormitory')).toMatch(/Health and Human Services/);
  });
  it('gives "the order reads" words to the body that published it under its title ("The War Department has published General Orders No. 102")', () => {
    const body =
      'WASHINGTON, Dec. 5. — The War Department has published General Orders No. 102, dated the 25th ult., which disposes of the case. The order reads: "Major Isaac Lynde, Seventh Infantry, is dropped from the rolls of the Army from this date."';
    expect(speakerOfWords(tools, body, 'dropped from the rolls')).toMatch(/War Department/);
  });
  it('gives a statement\'s words led in by "It reads," and "It goes on," to the one who sent it ("The press attaché, Lic. Octavio Sandoval Reyes, sent it to us")', () => {
    const body =
      'BARRAGÁN-HALE: We have a statement from the Mexican consulate in El Paso. The press attaché, Lic. Octavio Sandoval Reyes, sent it to us this morning. It reads, "The Mexican armed forces have acted in strict observance of the law to protect the civilian population of Chiapas." It goes on, "The Government of the Republic has ordered a suspension of offensive operations and is ready for dialogue." Dr. Montemayor?';
    expect(speakerOfWords(tools, body, 'strict observance of the law')).toMatch(/Sandoval Reyes/);
    expect(speakerOfWords(tools, body, 'suspension of offensive operations')).toMatch(/Sandoval Reyes/);
  });
});

describe('ownersNamedFuller', () => {
  it('gives "the government\'s statement said" words to the government the article named in full before ("the Mexican government")', () => {
    const body =
      'Images of the arrest were released by the Mexican government on Wednesday.\n\nMexico\'s national security commissioner announced the arrest at a news conference. The government\'s statement said Treviño was taken "as a result of intelligence work carried out over several months," and that his financial operator was arrested separately. The statement said the arrest came "without a single shot being fired."';
    expect(speakerOfWords(tools, body, 'intelligence work')).toBe('the Mexican government');
    expect(speakerOfWords(tools, body, 'single shot')).toBe('the Mexican government');
  });
});
