/**
 * A body the article describes and names in one phrase ("the Texas-based group Frontera Medical Response")
 * is the one "the group said" names again, by its name; a body whose name runs long before a possessive
 * ("The San Carlos Apache Tribe's cultural center said") still speaks as written, read aloud in a turn; "it"
 * after a body whose name holds a link word ("U.S. Customs and Border Protection … It says") is that body, and
 * "They said" after "We did get a statement from the Fort Clark Historical Society" is the society.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('bodies named after their description', () => {
  it('gives "the group said" the name set right after "the Texas-based group"', () => {
    const body =
      'The clinic, run by volunteers from the Texas-based group Frontera Medical Response, closed this afternoon. The group said in a statement that its staff had treated "more than 12,000 patient visits" at the camp.';
    expect(speakerOfWords(tools, body, '12,000 patient visits')).toBe('Frontera Medical Response');
  });

  it('keeps the description when a person is named after it', () => {
    const body =
      'Dr. Maria Lopez is a pediatrician in Brownsville. The clinic was run by the Texas-based group Maria Lopez founded in 2019. The group said in a statement that it had treated "more than 12,000 patient visits" at the camp.';
    expect(speakerOfWords(tools, body, '12,000 patient visits')).not.toBe('Maria Lopez');
  });

  it('gives words a host reads from a statement to the body with a long name before a possessive', () => {
    const body = [
      'HOST MARIA LOPEZ: Welcome back. Joining me is Sheriff Tom Reyes.',
      'SHERIFF TOM REYES: Thanks, Maria.',
      'LOPEZ: What happened at the river?',
      'REYES: It flooded.',
      'LOPEZ: The San Carlos Apache Tribe\'s cultural center said in a statement that the exhibit will tell the story "from the point of view of the families who were forced to walk." The exhibit runs until September.',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'from the point of view')).toBe(
      "the San Carlos Apache Tribe's cultural center",
    );
  });
});

describe('words that are no body name after a description', () => {
  const speaker = (body: string, words: string, title = 'Fixture') =>
    annotateText(tools, body, { title }).quotes.find((q) => q.text.includes(words))?.speakerName;

  it("does not take a title-case headline's words after the body for its name", () => {
    const title = "Mexico's Foreign Ministry Condemns Shooting at Border Crossing";
    const body = [
      title,
      'MEXICO CITY — A Mexican man was shot near the crossing on Tuesday.',
      '"We demand a full investigation," the ministry said in a statement.',
    ].join('\n\n');
    expect(speaker(body, 'full investigation', title)).not.toBe('Condemns Shooting');
  });

  it('does not take a day of the week after the body for its name', () => {
    const body =
      'The Foreign Ministry Tuesday Night Desk issued a note. "We demand a full investigation," the ministry said.';
    expect(speaker(body, 'full investigation')).not.toBe('Tuesday Night Desk');
  });
});

describe('a body "it" names again', () => {
  it('gives "It says in part that …" to a body whose name holds "and"', () => {
    const body =
      'U.S. Customs and Border Protection, which the Patrol is part of today, sent us a statement for the anniversary. It says in part that the first agents "set the standard of honor for the county." The agency is marking it.';
    expect(speakerOfWords(tools, body, 'set the standard')).toBe('U.S. Customs and Border Protection');
  });

  it('gives "They said …" to the body a host got a statement from', () => {
    const body = [
      'HOST MARIA LOPEZ: Welcome back. Joining me is Sheriff Tom Reyes.',
      'SHERIFF TOM REYES: Thanks, Maria.',
      'LOPEZ: What happened at the river?',
      'REYES: It flooded.',
      'LOPEZ: We did get a statement from the Fort Clark Historical Society this morning. They said the society will keep its exhibit open "every weekend through the end of September." Tickets are free.',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'every weekend through')).toBe('Fort Clark Historical Society');
  });
});
