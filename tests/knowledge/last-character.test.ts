import { describe, expect, it } from 'vitest';
import { lastMarkIn, lastVisibleIn } from '../../src/nlp/last-character.ts';

/** The end of the document-author patterns (document-authors.ts `TO_QUOTE`) and of the pointer patterns. */
const TO_QUOTE = /[^,:;"“”]{0,80}(?::|,\s+that\b)[^,:;"“”]{0,40}$/u;
const TO_QUOTE_MARKS = ',:;"“”';
const COLON_LAST = /:\s*$/u;
const ALPHABET = ['a', 'b', 'that', ' ', '\u00a0', '\n', ',', ':', ';', '"', '“', '”', "'", '.'];

function randomTexts(count: number): string[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    let s = '';
    const n = Math.floor(random() * 14);
    for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return s;
  });
}

describe('lastMarkIn', () => {
  it('returns the last of the marks within the range, or nothing when none is there', () => {
    expect(lastMarkIn('his dispatch to Washington: "a", b', 0, 34, ',:')).toBe(',');
    expect(lastMarkIn('his dispatch to Washington: "a", b', 0, 31, ',:')).toBe(':');
    expect(lastMarkIn('his dispatch to Washington: "a", b', 0, 26, ',:')).toBe('');
    expect(lastMarkIn('a: b', 2, 4, ':')).toBe('');
  });

  it('never turns away a text the document patterns would read: their colon or comma is the last such mark', () => {
    for (const text of randomTexts(20_000)) {
      const mark = lastMarkIn(text, 0, text.length, TO_QUOTE_MARKS);
      if (TO_QUOTE.test(text)) expect([':', ','], JSON.stringify(text)).toContain(mark);
    }
  });
});

describe('lastVisibleIn', () => {
  it('skips white space of every kind at the end, a no-break space too', () => {
    expect(lastVisibleIn('It reads: \u00a0\n', 0, 12)).toBe(':');
    expect(lastVisibleIn('It reads', 0, 8)).toBe('s');
    expect(lastVisibleIn('  ', 0, 2)).toBe('');
  });

  it('finds a colon last exactly when a pattern ending in a colon and white space matches', () => {
    for (const text of randomTexts(20_000))
      expect(lastVisibleIn(text, 0, text.length) === ':', JSON.stringify(text)).toBe(COLON_LAST.test(text));
  });
});
