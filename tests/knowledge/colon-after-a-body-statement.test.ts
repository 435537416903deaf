/**
 * Words handed over by a colon in their own sentence after a body's statement: "The bureau's statement read:
 * '…'" is the bureau's, and after "In a statement released Wednesday, the FBI said that …" the words "The key
 * line, read in full: '…'" are the FBI's. A colon after words that read nothing out ("The question now:",
 * "The agents' motto:") hands the words to no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const article = (...paragraphs: string[]) => paragraphs.join('\n\n');
const FBI =
  'Agents of the Federal Bureau of Investigation (FBI) searched the culvert near Van Horn on Monday.';
const AGENTS = 'Agents searched the culvert near Van Horn on Monday.';
const STATEMENT = 'In a statement, the FBI said the search was over.';

describe('words a colon hands over after a body speaks', () => {
  it("gives the bureau's statement read out after a colon to the bureau, by its full name", () => {
    const body = article(
      FBI,
      'The bureau said its agents had completed 26 searches. The bureau\'s statement read: "No suspects have been linked to this incident."',
    );
    expect(speakerOfWords(tools, body, 'No suspects')).toBe('Federal Bureau of Investigation');
  });

  it('gives "The key line, read in full:" to the body the sentence before says spoke in a statement', () => {
    const named = article(
      FBI,
      'In a statement released Wednesday, the FBI said that its agents had completed 26 searches. The key line, read in full: "To date, no evidence supports an attack."',
    );
    const division = article(
      AGENTS,
      'In a statement released Wednesday, Feb. 7, the FBI\'s El Paso Division said that its agents had completed 26 searches. The key line, read in full: "To date, no evidence supports an attack."',
    );
    expect(speakerOfWords(tools, named, 'To date')).toBe('Federal Bureau of Investigation');
    expect(speakerOfWords(tools, division, 'To date')).toBe("the FBI's El Paso Division");
  });

  it('still gives the key line to a person who made the statement', () => {
    const body = article(
      AGENTS,
      'In a statement released Wednesday, Sheriff Oscar Carrillo said that his deputies had searched the ranch. The key line, read in full: "To date, no evidence supports an attack."',
    );
    expect(speakerOfWords(tools, body, 'To date')).toBe('Oscar Carrillo');
  });
});

describe('a colon that hands words to no body', () => {
  it('gives a label with no verb of reading or saying to no one after a statement', () => {
    const question = article(AGENTS, `${STATEMENT} The question now: "Who did it?"`);
    const headline = article(AGENTS, `${STATEMENT} The next day's headline: "No Attack, FBI Says."`);
    const motto = article(AGENTS, `${STATEMENT} The agents' motto: "Honor First."`);
    expect(speakerOfWords(tools, question, 'Who did it')).toBe('unattributed');
    expect(speakerOfWords(tools, headline, 'No Attack')).toBe('unattributed');
    expect(speakerOfWords(tools, motto, 'Honor First')).toBe('unattributed');
  });

  it("leaves a sign, a banner or another's reply to what they are", () => {
    const sign = article(AGENTS, `${STATEMENT} The sign on the door read: "Closed until further notice."`);
    const banner = article(AGENTS, `${STATEMENT} A banner at the vigil read: "Justice for Rogelio."`);
    const union = article(AGENTS, `${STATEMENT} The union disagreed: "Nobody believes it."`);
    expect(speakerOfWords(tools, sign, 'Closed until')).toBe('the sign on the door');
    expect(speakerOfWords(tools, banner, 'Justice for')).toBe('a banner at the vigil');
    expect(speakerOfWords(tools, union, 'Nobody believes')).toBe('the union');
  });

  it("gives a body's statement that quotes someone else no words of the body's own", () => {
    const quoted = article(
      FBI,
      'The bureau said the search was over. The bureau\'s statement quoted the sheriff: "We found nothing at the ranch."',
    );
    const line = article(
      FBI,
      'The bureau said the search was over. The bureau\'s statement ended with a line from the sheriff: "We will keep looking."',
    );
    expect(speakerOfWords(tools, quoted, 'found nothing')).not.toBe('Federal Bureau of Investigation');
    expect(speakerOfWords(tools, line, 'keep looking')).not.toBe('Federal Bureau of Investigation');
  });

  it('reads out for the body no document or source the colon names, nor a bid to read', () => {
    const letter = article(
      FBI,
      `${STATEMENT} A letter from the family, read aloud at the vigil: "We want answers."`,
    );
    const bid = article(FBI, `${STATEMENT} Read the full statement here: "FBI Closes Van Horn Inquiry."`);
    expect(speakerOfWords(tools, letter, 'want answers')).toBe('unattributed');
    expect(speakerOfWords(tools, bid, 'Closes Van Horn')).toBe('unattributed');
  });

  it('gives no body the words after a colon when no statement came before', () => {
    const body = article(
      AGENTS,
      'The FBI said the search was over. The key line, read in full: "To date, no evidence supports an attack."',
    );
    expect(speakerOfWords(tools, body, 'To date')).not.toBe('the FBI');
  });
});
