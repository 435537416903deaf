/**
 * A call-in caller a label describes but does not name, words a turn's speaker recounts from a relative
 * written with a hyphen ("my great-grandmother"), and a live blog's heading quoting its entry in fewer words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { speakerLabel, noteDescription } from '../../src/knowledge/transcript.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const SHOW = [
  "MARISA OCHOA (HOST): Good morning. I'm Marisa Ochoa. With me is Gloria July Warrior, who keeps the cemetery's records.",
  'GLORIA JULY WARRIOR: Good morning.',
  'OCHOA: Ms. Warrior, what does this day mean?',
  'WARRIOR: It means a lot, but honestly, most days it means a lot of mowing.',
  'My great-grandmother used to say, "They went out in fours and they came back in fours." She meant they took care of each other.',
  'OCHOA: We have a caller. Go ahead.',
  'CALLER (RANCHER NEAR LANGTRY): Morning. I run cattle out past Langtry, not far from where the old crossing was.',
  'OCHOA: Thank you.',
].join('\n\n');

describe('callers described by their label', () => {
  it('gives a caller\'s turn to the description in the label\'s note ("CALLER (RANCHER NEAR LANGTRY):")', () => {
    expect(speakerOfWords(tools, SHOW, 'I run cattle out past Langtry')).toBe(
      'a caller, a rancher near Langtry',
    );
  });

  it('reads a note on how a turn was delivered as no description ("REPORTER (on camera):")', () => {
    const label = speakerLabel('REPORTER (on camera): The vote was close.');
    expect(
      label &&
        noteDescription(
          label,
          (w) => w === 'reporter',
          () => false,
        ),
    ).toBeNull();
  });

  it('reads a note with a name before its comma as no description ("CALLER (LUPE, CANUTILLO):")', () => {
    const label = speakerLabel('CALLER (LUPE, CANUTILLO): Hi, thank you.');
    expect(
      label &&
        noteDescription(
          label,
          () => true,
          () => true,
        ),
    ).toBeNull();
  });
});

describe('recounted words of a relative written with a hyphen', () => {
  it("gives \"My great-grandmother used to say, '…'\" in a turn to the speaker's great-grandmother", () => {
    expect(speakerOfWords(tools, SHOW, 'They went out in fours')).toBe(
      "Gloria July Warrior's great-grandmother",
    );
  });

  it('keeps the turn whole around the recounted words', () => {
    expect(speakerOfWords(tools, SHOW, 'fours." She meant they took care')).toBe('Gloria July Warrior');
  });
});

describe('a heading quoting its entry in fewer words', () => {
  const BLOG = [
    '1:50 p.m. — "My great-grandmother hid them under the floor"',
    'Celia Martínez Uribe, 78, a retired teacher from Laredo, told us the raid was never a history lesson in her house.',
    '"My great-grandmother hid two of her boys under the floor when the shooting started," Ms. Martínez said.',
  ].join('\n\n');

  it("gives the heading's words to the speaker of the entry's quotation holding most of them", () => {
    expect(speakerOfWords(tools, BLOG, 'My great-grandmother hid them under the floor')).toBe(
      'Celia Martínez Uribe',
    );
  });

  it("leaves a heading whose words the entry's quotation does not hold without a speaker", () => {
    const body = [
      '2:15 p.m. — "Nobody here has forgotten the raid"',
      '"The families kept the cartridge cases for 110 years," Rodolfo Uribe said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Nobody here has forgotten')).toBe('unattributed');
  });
});
