import { describe, expect, it } from 'vitest';
import {
  isCapitalisedWord,
  isLettersOnly,
  opensWithCapital,
  opensWithLetter,
} from '../../src/nlp/letter-tests.ts';

/** Words of every kind the tests are asked about: ASCII, accented, other scripts, digits, marks, empty. */
const WORDS = [
  '',
  'A',
  'a',
  'Abbott',
  'abbott',
  'ABBOTT',
  'Álvarez',
  'ávila',
  'Über',
  'Ñuñez',
  'Œuvre',
  'Σίσυφος',
  'σ',
  'Ωmega',
  '1st',
  '"Yes',
  '“Hola',
  "O'Brien",
  'McAllen',
  'Mc',
  'X.',
  '-',
  'ǅemal',
  'İzmir',
  'ß',
  'Ee\u0301',
  'e\u0301',
  '\u0301e',
  '😀',
  'Z',
  '[',
  '`',
  '{',
  '@',
];

describe('letter tests read a word as the \\p patterns they replace do', () => {
  it('a capital first letter, ASCII or not, as /^\\p{Lu}/u', () => {
    for (const w of WORDS) expect(opensWithCapital(w), w).toBe(/^\p{Lu}/u.test(w));
    expect(opensWithCapital('Álvarez')).toBe(true);
    expect(opensWithCapital('abbott')).toBe(false);
  });

  it('a letter of any case first, as /^\\p{L}/u', () => {
    for (const w of WORDS) expect(opensWithLetter(w), w).toBe(/^\p{L}/u.test(w));
    expect(opensWithLetter('ávila')).toBe(true);
    expect(opensWithLetter('1st')).toBe(false);
  });

  it('a capitalised word and a word of letters only, as their patterns', () => {
    for (const w of WORDS) {
      expect(isCapitalisedWord(w), w).toBe(/^\p{Lu}\p{Ll}+$/u.test(w));
      expect(isLettersOnly(w), w).toBe(/^\p{L}+$/u.test(w));
    }
    expect(isCapitalisedWord('McAllen')).toBe(false);
  });
});
