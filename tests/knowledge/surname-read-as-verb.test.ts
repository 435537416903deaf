/**
 * A surname the tagger reads as a verb ("Garland", "Rose"): "Court documents identify his partner as Stephen
 * Garland." names Stephen Garland, so a later "Garland radioed…" and "he said" are his, not the man named
 * before him. A headline's verb after a name stays the headline's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const peopleOf = (body: string): string[] =>
  annotateText(tools, body, { published: '2018-02-09' }).people.map((p) => p.name);

describe('a surname read as a verb', () => {
  it("is the person's whole name at the end of a sentence and before the next verb", () => {
    expect(peopleOf('Court documents identify his partner as Stephen Garland.')).toContain('Stephen Garland');
    expect(peopleOf('Deputy Stephen Rose told them to wait at the gate.')).toContain('Stephen Rose');
  });

  it('gives the man the words his pronoun says, not the man named before him', () => {
    const body = [
      'Border Patrol Agent Rogelio Martinez and his partner were checking culverts along I-10. Martinez died the next day.',
      'Court documents identify his partner as Stephen Garland. He was released from the hospital a few days later.',
      'According to the FBI, Garland radioed a dispatcher for help. He was disoriented, but said something to the effect of "We ran into a culvert. I think I ran into a culvert."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'ran into a culvert', '2018-02-09')).toBe('Stephen Garland');
  });
});

describe('a headline in title case', () => {
  it('keeps its verb after a name', () => {
    for (const [line, not] of [
      ['# Maria Says Goodbye to the Old Fence at Friendship Park', 'Maria Says'],
      ['# Trump Orders the Guard to the Border as Caravan Nears', 'Trump Orders'],
      ['# Abbott Sends more troops to Eagle Pass', 'Abbott Sends'],
    ])
      expect(peopleOf(`${line}\n\nThe story begins here, with nothing more to say.`)).not.toContain(not);
  });
});
