/**
 * A body the article names in full with its head before "of" ("the Federal Bureau of Investigation (FBI)",
 * "the Department of Homeland Security") is the one "the bureau said" or "the department said" names again,
 * under its whole name, not cut to "the Federal Bureau". When one sentence named two bodies by that head, or
 * none was named, "the bureau" stays as written; a person's title ("Secretary of State …") is no body's name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const article = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a body named again by the head of its name', () => {
  it('gives "the bureau also said" the Federal Bureau of Investigation, not "the Federal Bureau"', () => {
    const body = article(
      'Agents of the Federal Bureau of Investigation (FBI) searched the culvert near Van Horn on Monday.',
      'The FBI said its agents had completed 26 searches. "No evidence supports an attack," the FBI said.',
      'The bureau also said the inquiry "has not determined how the agents fell."',
    );
    expect(speakerOfWords(tools, body, 'No evidence supports')).toBe('Federal Bureau of Investigation');
    expect(speakerOfWords(tools, body, 'has not determined')).toBe('Federal Bureau of Investigation');
  });

  it('gives "the university said" the whole name a name opens with its head', () => {
    const body = article(
      'Researchers at the University of Texas at El Paso counted the crossings.',
      'The university said "the count is final."',
    );
    expect(speakerOfWords(tools, body, 'count is final')).toBe('University of Texas');
  });

  it('ends the name before a day written after it', () => {
    const body = article(
      'The Department of Homeland Security Tuesday sent more agents.',
      'The department said "the gates will stay closed."',
    );
    expect(speakerOfWords(tools, body, 'gates will stay')).toBe('Department of Homeland Security');
  });

  it("ends the name before a person's title and name, but keeps a plural of people inside it", () => {
    const director = article(
      'Texas Department of Public Safety Director Steve McCraw testified on Tuesday.',
      'The department said "the buoys will stay."',
    );
    const veterans = article(
      'The Department of Veterans Affairs opened a clinic in Laredo.',
      'The department said "the clinic is open."',
    );
    expect(speakerOfWords(tools, director, 'buoys will stay')).toBe('Texas Department of Public Safety');
    expect(speakerOfWords(tools, veterans, 'clinic is open')).toBe('Department of Veterans Affairs');
  });

  it("ends the name before a person's title abbreviated and the name after it", () => {
    const colonel = article(
      'Texas Department of Public Safety Col. Steve McCraw testified on Tuesday.',
      'The department said "the buoys will stay."',
    );
    const sergeant = article(
      'Department of Public Safety Sgt. Erick Estrada said troopers arrested 12 people.',
      'The department said "the arrests were lawful."',
    );
    const lieutenant = article(
      'Department of Public Safety Lt. Chris Olivarez spoke to reporters.',
      'The department said "the fence is ours."',
    );
    const namedAgain = article(
      'Migrants crossed near Eagle Pass on Monday, Texas Department of Public Safety Lt. Chris Olivarez said.',
      '"We are overwhelmed," Olivarez said.',
      'The department said "the buoys will stay."',
    );
    expect(speakerOfWords(tools, colonel, 'buoys will stay')).toBe('Texas Department of Public Safety');
    expect(speakerOfWords(tools, sergeant, 'arrests were lawful')).toBe('Department of Public Safety');
    expect(speakerOfWords(tools, lieutenant, 'fence is ours')).toBe('Department of Public Safety');
    expect(speakerOfWords(tools, namedAgain, 'buoys will stay')).toBe('Texas Department of Public Safety');
  });

  it("ends the name before a title of two person words, keeping a person's word that is the name's own", () => {
    const inspector = article(
      'Department of Justice Inspector General Michael Horowitz opened a review.',
      'The department said "the review is routine."',
    );
    const namedAgain = article(
      'Department of Justice Inspector General Michael Horowitz opened a review on Monday.',
      'Horowitz said "the review will take a year."',
      'The department said "the review is routine."',
    );
    expect(speakerOfWords(tools, inspector, 'review is routine')).toBe('Department of Justice');
    expect(speakerOfWords(tools, namedAgain, 'review is routine')).toBe('Department of Justice');
  });

  it('takes the body named last when sentences apart named two', () => {
    const body = article(
      'The Bureau of Prisons moved the men in May.',
      'Agents of the Federal Bureau of Investigation (FBI) searched the ranch.',
      'The bureau said "the case remains open."',
    );
    expect(speakerOfWords(tools, body, 'case remains open')).toBe('Federal Bureau of Investigation');
  });
});

describe('"the bureau" that names no one body', () => {
  it('stays as written after one sentence named two bureaus', () => {
    const body = article(
      'The Federal Bureau of Investigation (FBI) and the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) searched the ranch.',
      'The FBI said the search was over. The ATF said it found rifles.',
      'The bureau said "the case remains open."',
    );
    expect(speakerOfWords(tools, body, 'case remains open')).toBe('the bureau');
  });

  it('stays as written when no bureau was named, or only an abbreviation never spelled out', () => {
    const none = article(
      'Agents searched the culvert near Van Horn on Monday.',
      'The bureau said "the case remains open."',
    );
    const bare = article(
      'Agents of the FBI searched the culvert on Monday.',
      'The bureau said "the case remains open."',
    );
    expect(speakerOfWords(tools, none, 'case remains open')).toBe('the bureau');
    expect(speakerOfWords(tools, bare, 'case remains open')).toBe('the bureau');
  });

  it('takes no party and state in brackets, nor a year, for a department', () => {
    const party = article(
      'Rep. Henry Cuellar (D-Texas) visited the wall site in Mission.',
      '"This is a big win," Cuellar said. The department said "the wall will not be built here."',
    );
    const year = article(
      'The Secure Fence Act (2006) paid for the first miles of fence.',
      'The department said "the fence will be repaired."',
    );
    expect(speakerOfWords(tools, party, 'wall will not')).toBe('the department');
    expect(speakerOfWords(tools, year, 'fence will be repaired')).toBe('the department');
  });

  it('makes no body of a person\'s title before "of"', () => {
    const body = article(
      'Secretary of State Mike Pompeo flew to Mexico City on Monday.',
      'The secretary said "the talks went well."',
    );
    expect(speakerOfWords(tools, body, 'talks went well')).not.toMatch(/Secretary of State/);
  });
});
