import { describe, expect, it } from 'vitest';
import { opensWithSpeakerLabel, speakerLabel } from '../../src/nlp/speaker-label.ts';

describe('opensWithSpeakerLabel', () => {
  it('reads a surname inside a transcript label with a role as the label', () => {
    expect(
      opensWithSpeakerLabel(
        'SOFÍA CASTAÑEDA, BYLINE: On Saturday morning about 80 people stood.',
        'CASTAÑEDA',
      ),
    ).toBe(true);
  });
  it('does not read a name later in the turn as the label', () => {
    expect(
      opensWithSpeakerLabel("LINDA OCHOA, HOST: This is Coastal Evening. I'm Linda Ochoa.", 'Linda Ochoa'),
    ).toBe(false);
  });
  it('does not read a sentence opening with a name and a clause as a label', () => {
    expect(
      opensWithSpeakerLabel(
        'Lillian Chan Moreno, 74, brought a shoebox of photographs.',
        'Lillian Chan Moreno',
      ),
    ).toBe(false);
  });
});

describe('speakerLabel', () => {
  it('gives the label with its role', () => {
    expect(speakerLabel('RUBÉN VILLASEÑOR, BORDER PATROL (sound bite): If they see something…')).toBe(
      'RUBÉN VILLASEÑOR, BORDER PATROL (sound bite)',
    );
    expect(speakerLabel('DALE MEEKS, REPORTER: Linda, the boat is the Lady Marisol.')).toBe(
      'DALE MEEKS, REPORTER',
    );
  });
});
