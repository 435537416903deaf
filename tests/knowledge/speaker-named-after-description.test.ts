/**
 * A speaker handed the words by a verb of saying and a short description, with a name set off after it
 * ('"…," said the newspaper, El Diario.'): a body, a paper or a document in that place is no person; and a
 * speaker described only as someone else's ('"…," his lawyer said') is no one the article named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const said = (body: string, words: string) =>
  annotateText(tools, body, { published: '2012-06-20' }).quotes.find((q) => q.text.includes(words))
    ?.speakerName;

describe('a speaker named after a description the verb of saying hands the words to', () => {
  it('takes no newspaper, group or report set beside such a description for a person', () => {
    for (const [description, name] of [
      ['the newspaper', 'El Diario'],
      ['the group', 'Angry Tias and Abuelas'],
      ['the annual report', 'Border Trends'],
      ['the sheriff', 'Val Verde County'],
      ['the organizer', 'Annunciation House'],
    ]) {
      const body = `"The river rose two feet," said ${description}, ${name}.`;
      const article = annotateText(tools, body, { published: '2012-06-20' });
      expect(article.people.map((p) => p.name)).toEqual([]);
      expect(said(body, 'The river rose')).not.toMatch(/Diario|Tias|Trends|County|House/);
    }
  });
});

describe("a speaker described only as someone else's", () => {
  const JUDGE = 'A federal judge sentenced former mayor Eddie Espinoza on Tuesday.';

  it('gives "his lawyer said" to no one rather than to the judge the sentence before names', () => {
    for (const who of ['his lawyer', 'his wife', 'his longtime accountant']) {
      expect(said(`${JUDGE}\n\n"He was a small buyer," ${who} said.`, 'a small buyer')).toBe('unattributed');
      expect(said(`${JUDGE}\n\n"He was a small buyer," said ${who}.`, 'a small buyer')).toBe('unattributed');
    }
  });

  it('still gives "his statement said" to the one whose statement it is', () => {
    const body = `${JUDGE}\n\nEspinoza wrote to the court before the hearing. "I was a small buyer," his letter said.`;
    expect(said(body, 'I was a small buyer')).toBe('Eddie Espinoza');
  });

  it('calls the lawyer a sentence opened with "His lawyer" for "the lawyer", not "the His lawyer"', () => {
    const body = `${JUDGE}\n\nHis lawyer asked for leniency.\n\n"He was a small buyer," the lawyer said.`;
    expect(said(body, 'a small buyer')).toBe('the lawyer');
  });
});

describe('a name set off after a description, with a body named before the name', () => {
  it('gives the words to the attorney, not to the body named before her', () => {
    const body =
      '"The wall money was never Congress\'s to move," said their lawyer, Sierra Club attorney Gloria Smith.';
    const article = annotateText(tools, body, { published: '2019-07-27' });
    expect(article.people.map((p) => p.name)).not.toContain('Sierra Club');
    expect(said(body, 'The wall money')).not.toBe('Sierra Club');
  });
});
