/** A hearing's transcript: members labelled by title and surname only, and the publisher's notes after the last turn. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const HEARING = [
  'The House committee met on Wednesday to hear from the Guard. Rep. Abel Zertuche Jr. took part by video.',
  '**CHAIR BRANDT:** General, where are we on pay today?',
  '**MAJ. GEN. KESSLING:** Mr. Chairman, we broke faith on pay last fall, and I will not hide it.',
  '**REP. VOSKAMP:** General, Dale Voskamp. I want to follow that up. Does a closed case mean the soldier got paid?',
  "**MAJ. GEN. KESSLING:** It means the money is in the soldier's account, Representative.",
  "**REP. ARIZPE:** Rudy Arizpe, San Antonio. General, I've had families in my office about the camps.",
  '**REP. HABERLE:** Representative Haberle here. What are we getting for all that money?',
  '**REP. ARIZPE:** And the suicides. The families want to know whether anybody is counting.',
  '**REP. ZERTUCHE (by video):** Thank you. I lost a constituent in the river this spring.',
  "_The committee also heard testimony on veterans' programs. Those portions are not included here._",
  '**Correction, July 22, 2:40 p.m.:** An earlier version of this excerpt misidentified the parent unit.',
].join('\n\n');

describe("a hearing transcript's members labelled by title and surname", () => {
  it('gives a member\'s turn the full name they introduce themselves by ("General, Dale Voskamp.")', () => {
    expect(speakerOfWords(tools, HEARING, 'Does a closed case mean the soldier got paid?')).toBe(
      'Dale Voskamp',
    );
    expect(speakerOfWords(tools, HEARING, "I've had families in my office")).toBe('Rudy Arizpe');
  });

  it("keeps a member's later turns, with no introduction, theirs", () => {
    expect(speakerOfWords(tools, HEARING, 'whether anybody is counting')).toBe('Rudy Arizpe');
  });

  it('names a member who gives no first name by the title and surname ("Rep. Haberle"), not a title as a first name', () => {
    expect(speakerOfWords(tools, HEARING, 'What are we getting for all that money?')).toMatch(
      /^Rep(?:\.|resentative) Haberle$/,
    );
  });

  it('still gives a label the person the article named in full ("REP. ZERTUCHE" is Abel Zertuche Jr.)', () => {
    expect(speakerOfWords(tools, HEARING, 'I lost a constituent in the river')).toBe('Abel Zertuche Jr.');
  });

  it('takes no body written with full stops ("U.S. ARMY:") for a titled member', () => {
    const body = [
      '**CHAIR BRANDT:** Who speaks for the service?',
      '**U.S. ARMY:** The service will answer in writing within two weeks, as it always has.',
      '**REP. VOSKAMP:** That is not good enough for the families.',
      '**CHAIR BRANDT:** Noted. We will ask again in two weeks.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'That is not good enough')).toBe('Rep. Voskamp');
    expect(speakerOfWords(tools, body, 'The service will answer in writing') ?? '').not.toMatch(
      /Army|Brandt|Voskamp/,
    );
  });
});

describe("a titled member's turn that names someone else", () => {
  const body = [
    '**CHAIR BRANDT:** Thank you all for coming this morning.',
    '**REP. ORTIZ:** I think of Luis Ortiz, my brother. He served on that river.',
    '**REP. GARZA:** Welcome, Elena Garza. No relation, I promise.',
    '**REP. WASHINGTON:** In Washington, nobody is listening to us.',
    '**MAJ. GEN. KESSLING:** Thank you, Mr. Chairman. We are doing what we can.',
    '_Every_ soldier on the border has now been paid, sir, and I check that list myself.',
  ].join('\n\n');

  it('takes no name from later in the turn, nor a greeting or a place at its opening, for the member', () => {
    expect(speakerOfWords(tools, body, 'my brother')).toBe('Rep. Ortiz');
    expect(speakerOfWords(tools, body, 'No relation, I promise')).toBe('Rep. Garza');
    expect(speakerOfWords(tools, body, 'nobody is listening to us')).toBe('Rep. Washington');
  });

  it('keeps a turn going in a paragraph that opens with one word in italics', () => {
    expect(speakerOfWords(tools, body, 'has now been paid')).toBe('Maj. Gen. Kessling');
  });
});

describe('the end of a transcript', () => {
  it("gives a note in italics or bold after the last turn to nobody, not the last member's turn", () => {
    const article = annotateText(tools, HEARING);
    const notes = article.quotes.filter(
      (q) => q.text.includes('veterans') || q.text.includes('misidentified the parent unit'),
    );
    expect(notes.filter((q) => q.speakerName !== 'unattributed')).toEqual([]);
  });

  it("keeps a turn's second paragraph, in plain words, the speaker's", () => {
    const body = [
      '**CHAIR BRANDT:** General, where are we on pay today?',
      '**MAJ. GEN. KESSLING:** Mr. Chairman, we broke faith on pay last fall.',
      'Today the pay office tells me we have fewer than 40 open cases across the whole mission.',
      '**CHAIR BRANDT:** Fewer than 40. We will hold you to it.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'fewer than 40 open cases')).toBe('Maj. Gen. Kessling');
  });
});
