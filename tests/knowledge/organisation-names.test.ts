/**
 * Bodies read from the grammar of their names: a capitalised name headed by a noun for a kind of
 * organisation speaks whole, however long ("The U.S. Attorney's Office for the District of Arizona"), and a
 * longer body's name is not cut down to a known body it contains ("The National Border Patrol Council").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { isOrganisationName } from '../../src/knowledge/organisation-names.ts';
import { Nlp } from '../../src/nlp/pipeline.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;
const nlp = new Nlp([]);
const tokens = (text: string) => nlp.analyse(text).tokens;

beforeAll(async () => {
  tools = await realTools();
});

describe('isOrganisationName', () => {
  it('reads "The U.S. Attorney\'s Office for the District of Arizona" as a body headed by Office', () => {
    expect(isOrganisationName(tokens("The U.S. Attorney's Office for the District of Arizona"))).toBe(true);
  });

  it('does not read a person with a title, "Border Patrol Agent Brian Terry", as a body', () => {
    expect(isOrganisationName(tokens('Border Patrol Agent Brian Terry'))).toBe(false);
  });

  it('does not read a description in lower case, "the head of the office in Arizona", as a body', () => {
    expect(isOrganisationName(tokens('the head of the office in Arizona'))).toBe(false);
  });
});

describe('organisations as speakers', () => {
  it('gives a statement to a body whose name is longer than a description may be', () => {
    const body =
      'The U.S. Attorney\'s Office for the District of Arizona said in a statement that the verdict "brings a measure of justice" for the family.';
    expect(speakerOfWords(tools, body, 'brings a measure', '2015-10-05')).toBe(
      "U.S. Attorney's Office for the District of Arizona",
    );
  });

  it("keeps a long description with no body's name in it unattributed to it", () => {
    const body =
      'The tired old man with the cane at the back of the hall said the meeting was "a waste of a Tuesday."';
    expect(speakerOfWords(tools, body, 'a waste of', '2015-10-05')).not.toMatch(/hall$/);
  });

  it('gives a statement by "The National Border Patrol Council" to the council, not the Border Patrol', () => {
    const body =
      'The National Border Patrol Council, the agents\' union, said in a statement that it would "not rest until the last man is in custody."';
    expect(speakerOfWords(tools, body, 'not rest until', '2015-10-05')).toBe(
      'National Border Patrol Council',
    );
  });

  it('still gives a statement by "the U.S. Border Patrol" to the Border Patrol', () => {
    const body = 'The U.S. Border Patrol said in a statement that agents "will keep watch on the river."';
    expect(speakerOfWords(tools, body, 'keep watch', '2015-10-05')).toMatch(/Border Patrol/);
    expect(speakerOfWords(tools, body, 'keep watch', '2015-10-05')).not.toMatch(/Council/);
  });
});
