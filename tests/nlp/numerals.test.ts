import { describe, expect, it } from 'vitest';
import { numberInWords } from '../../src/nlp/numerals.ts';

describe('numberInWords', () => {
  it('reads a number under a hundred written in words ("twelve", "eighty-one")', () => {
    expect(numberInWords('twelve')).toBe(12);
    expect(numberInWords('Eighty-one')).toBe(81);
    expect(numberInWords('seventy')).toBe(70);
  });

  it('returns null for a word no number is, or a unit joined to what is no tens word', () => {
    expect(numberInWords('killed')).toBeNull();
    expect(numberInWords('twelve-one')).toBeNull();
    expect(numberInWords('year-old')).toBeNull();
  });
});
