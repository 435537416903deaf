/**
 * A verb that hands a quotation over only by where it stands ("the day he died, '…'") gives way to a verb
 * of saying before it whose report it sits in ("He says his father kept…").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a verb handing over inside a report', () => {
  it('gives the words to the one who says, not to the subject of the verb just before them', () => {
    const body = [
      'Chan Moreno\'s cousin, Albert Gee, 68, drove in from Converse for the ceremony. He says his father kept the family\'s residence certificate in a bank deposit box until the day he died, "because he never trusted that the country would not change its mind."',
      "Gee's father, Gee Hong, was one of the 527.",
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'never trusted')).toBe('Albert Gee');
  });

  it('keeps the hand-over when the verb of saying before it opens the sentence with no subject', () => {
    const body = [
      'Marisol Ybarra-Keane, a federal public defender in Las Cruces, has represented dozens of the defendants.',
      'Asked whether her clients were trying to evade the soldiers, Ybarra-Keane\'s answer was blunt: "They were trying to evade the Border Patrol."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'evade the Border Patrol')).toBe('Marisol Ybarra-Keane');
  });
});
