import { describe, expect, it } from 'vitest';
import { lastVisibleIn, MarkPositions } from '../../src/nlp/last-character.ts';

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

/** The last of the marks in `text[from, to)`, walked back one character at a time. */
function walkedBack(text: string, from: number, to: number, marks: string): string {
  for (let k = to - 1; k >= from; k--) if (marks.includes(text[k] ?? '')) return text[k] ?? '';
  return '';
}

describe('MarkPositions', () => {
  it('returns the last of the marks within the range, or nothing when none is there', () => {
    const marks = new MarkPositions('his dispatch to Washington: "a", b', ',:');
    expect(marks.lastIn(0, 34)).toBe(',');
    expect(marks.lastIn(0, 31)).toBe(':');
    expect(marks.lastIn(0, 26)).toBe('');
    expect(new MarkPositions('a: b', ':').lastIn(2, 4)).toBe('');
    expect(new MarkPositions('a-b]c^d\\e', '-]^\\').lastIn(0, 9)).toBe('\\');
  });

  it('finds in any range of a text what walking back over the range finds', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const text of randomTexts(2_000)) {
      const marks = new MarkPositions(text, TO_QUOTE_MARKS);
      const from = Math.floor(random() * (text.length + 1));
      const to = from + Math.floor(random() * (text.length - from + 1));
      expect(marks.lastIn(from, to), JSON.stringify([text, from, to])).toBe(
        walkedBack(text, from, to, TO_QUOTE_MARKS),
      );
    }
  });

  it('never turns away a text the document patterns would read: their colon or comma is the last such mark', () => {
    for (const text of randomTexts(20_000)) {
      const mark = new MarkPositions(text, TO_QUOTE_MARKS).lastIn(0, text.length);
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
