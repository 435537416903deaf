import { describe, expect, it } from 'vitest';
import { yearsOfSides } from '../../src/answer/side-years.ts';

/** Where each side is named in `text`, as comparisonSides finds them. */
const sides = (text: string, ...names: string[]) => names.map((n) => text.indexOf(n));

describe('yearsOfSides', () => {
  it('gives a year to the side named right before it, not to the other side', () => {
    const q =
      "Did Forsyth's cavalry in 1882 and the Marines around Redford in 1997 both end up pulling back from their border missions?";
    expect(yearsOfSides(q, sides(q, 'Forsyth', 'Marines'), [1997])).toEqual([null, 1997]);
  });

  it('gives a year said between the sides to the side before it', () => {
    const q = 'Did Abbott in 2021 and Perry say the same about the Guard?';
    expect(yearsOfSides(q, sides(q, 'Abbott', 'Perry'), [2021])).toEqual([2021, null]);
  });

  it('pairs each side with its own year when each has one', () => {
    const q = 'Did Abbott in 2021 and Perry in 2014 say the same about the Guard?';
    expect(yearsOfSides(q, sides(q, 'Abbott', 'Perry'), [2021, 2014])).toEqual([2021, 2014]);
  });

  it('leaves a year said before every side to all of them', () => {
    const q = 'In 2018, did Mattis and Nielsen agree on the troops?';
    expect(yearsOfSides(q, sides(q, 'Mattis', 'Nielsen'), [2018])).toBeNull();
  });
});
