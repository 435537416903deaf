/**
 * Speakers an article describes but does not name: "another woman from Dublan, who …, said" is someone new and
 * her "she said" next is hers; '"…," a neighbor wrote to our WhatsApp line' is the neighbor's; '"…," residents
 * told our crew' is the residents' as a group; '"…," one of the agents on his team testified' one agent's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('unnamed individuals and groups as speakers', () => {
  it('gives "she said" to "another woman" who asked that her name be withheld, not to the woman named before', () => {
    const body = [
      'Mrs. Lydia Pace, of Colonia Dublan, came out Monday with seven children. "We left the bread in the oven," she said.',
      'Another woman from Dublan, who asked that her name be withheld because her husband is still there, said the rebels had been in and out of the colony for days. "They were polite about it, some of them," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'polite about it')).toMatch(/^another woman from Dublan/i);
    expect(speakerOfWords(tools, body, 'bread in the oven')).toBe('Lydia Pace');
  });

  it('gives words a neighbor wrote to the outlet to the neighbor', () => {
    const body =
      'Residents of the Las Palmas neighborhood report heavy gunfire and explosions near a two-story white house. "It sounded like a war, it went on and on," a neighbor wrote to our WhatsApp line. We are checking the reports.';
    expect(speakerOfWords(tools, body, 'sounded like a war')).toMatch(/^a neighbor/i);
  });

  it('gives words residents told a crew to the residents', () => {
    const body =
      'Others are sad. Neighbors who cooked for the camp on Sundays said they had gotten to know families. "We will miss the kids," residents told our crew, almost in the same words, as we walked the block.';
    expect(speakerOfWords(tools, body, 'miss the kids')).toBe('residents');
  });

  it('gives words one of the agents on his team testified to one of the agents', () => {
    const body =
      'Terry, 40, was hit once in the back and died at the scene.\n\n"He told us he couldn\'t feel his legs," one of the agents on his team testified last week, his voice breaking.';
    expect(speakerOfWords(tools, body, 'feel his legs')).toBe('one of the agents');
  });

  it('gives words put after a colon to the lawyer who asked not to be named, not to the man quoted before', () => {
    const body =
      'Not everyone shares the professor\'s caution. "If they had asked Mexico nicely, they would still be asking," said Rudy Baca, a retired Customs inspector. A Juárez defense lawyer, who asked not to be named because he represents clients in both countries, put it the other way: "Today it is a doctor from Guadalajara. Tomorrow it is a mechanic from El Paso."';
    expect(speakerOfWords(tools, body, 'doctor from Guadalajara')).toMatch(/^a Juárez defense lawyer/i);
    expect(speakerOfWords(tools, body, 'asked Mexico nicely')).toBe('Rudy Baca');
  });

  it('gives what "they told reporters" to the people counted in the clause before', () => {
    const body =
      'The chief says railroad officials gave the people at the camp 30 minutes to leave. Only about three people were there this afternoon, and they told reporters they were "citizen journalists," not members of the group.';
    expect(speakerOfWords(tools, body, 'citizen journalists')).toBe('about three people');
  });

  it('gives words "the major said" to the major, a rank the tagger reads as an adjective', () => {
    const body = 'The bridge was closed that night. "We are very sorry," the major said.';
    expect(speakerOfWords(tools, body, 'very sorry')).toBe('the major');
  });

  it('gives what a spokesman, asked about a letter, said to the spokesman, not to the body he speaks for', () => {
    const body =
      'The letter reached the White House on Monday. A White House spokesman, asked about the letter, said the Guard deployment "is on schedule" and referred further questions to the Department of Homeland Security.';
    expect(speakerOfWords(tools, body, 'is on schedule')).toMatch(/^a White House spokesman/i);
  });

  it('gives words "the lieutenant commanding the detachment said" to the lieutenant, not the detachment', () => {
    const body =
      'Then the detachment fired a salute over the grave. "These men were soldiers of the Union," the lieutenant commanding the detachment said when the volleys were done.';
    expect(speakerOfWords(tools, body, 'soldiers of the Union')).toBe(
      'the lieutenant commanding the detachment',
    );
  });
});
