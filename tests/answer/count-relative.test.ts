/** A figure of an addition to a count ("1,500 more troops") or of a part of a group ("17 of the 32 …"). */
import { describe, expect, it } from 'vitest';
import { asksAddition, countsRelative } from '../../src/answer/relative-figure.ts';

describe('a figure counting relative to another count', () => {
  it('is an addition ("1,500 more", "about 3,750 | more troops") or a part ("17 of the …")', () => {
    expect(countsRelative({ text: '1,500 more', counts: 'active-duty troops' }, { text: 'x' })).toBe(true);
    expect(countsRelative({ text: 'about 3,750', counts: 'more troops' }, { text: 'x' })).toBe(true);
    expect(
      countsRelative(
        { text: '17', counts: 'state legislatures' },
        { text: "Already 17 of the country's 32 state legislatures have voted." },
      ),
    ).toBe(true);
  });

  it('is not a figure of a whole ("about 4,000 soldiers")', () => {
    expect(
      countsRelative(
        { text: 'about 4,000', counts: 'soldiers' },
        { text: 'It now has about 4,000 soldiers.' },
      ),
    ).toBe(false);
  });

  it('is not a part because another figure holding its digits is one ("16 of the 30 towns reported 6 deaths")', () => {
    expect(
      countsRelative(
        { text: '6', counts: 'deaths' },
        { text: 'Officials in 16 of the 30 towns reported 6 deaths.' },
      ),
    ).toBe(false);
  });

  it('is asked for by "how many more" or "how many extra", not by "how many"', () => {
    expect(asksAddition(['extra', 'active', 'duty', 'troop'])).toBe(true);
    expect(asksAddition(['troop'])).toBe(false);
  });
});
