/**
 * The last character of a stretch of text that a pattern anchored at its end (`…:\s*$`) would have to read
 * there, found by walking back from the end: a cheap test that turns away, before the pattern runs, a
 * stretch the pattern could never match. Patterns that open unanchored try every position of the stretch,
 * and run once per quotation a sentence of thousands of quotations holds.
 */

import { lowerBound } from './pipeline.ts';

const WHITE_SPACE = /\s/u;

/** One pattern per set of marks, built once: a pattern built per call is compiled again each time. */
const MARK_PATTERNS = new Map<string, RegExp>();

function markPattern(marks: string): RegExp {
  let pattern = MARK_PATTERNS.get(marks);
  if (!pattern) {
    pattern = new RegExp(`[${marks.replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
    MARK_PATTERNS.set(marks, pattern);
  }
  return pattern;
}

/**
 * Where in one text the characters of `marks` are, found in one pass, so that the last of them in a stretch
 * ({@link MarkPositions.lastIn}) is a binary search, not a walk back over it: a sentence of thousands of
 * quotations and no mark ("it's 'a' it's 'a' …") would have the same hundreds of characters walked again for
 * each quotation.
 */
export class MarkPositions {
  readonly #text: string;
  readonly #at: number[] = [];

  constructor(text: string, marks: string) {
    this.#text = text;
    // A pattern's scan, not a loop over every character: a paragraph of a long article is read at little cost.
    const any = markPattern(marks);
    any.lastIndex = 0;
    for (let m = any.exec(text); m !== null; m = any.exec(text)) this.#at.push(m.index);
  }

  /** The last character of `text[from, to)` that the marks hold, or `''` when none of them is there. */
  lastIn(from: number, to: number): string {
    const at = this.#at;
    // The mark before the first at or after `to` is the last before it.
    const last = at[lowerBound(0, at.length, (i) => (at[i] ?? 0) < to) - 1];
    return last !== undefined && last >= from ? (this.#text[last] ?? '') : '';
  }
}

/** The last character of `text[from, to)` that is not white space (as `\s` reads it), or `''` when all is. */
export function lastVisibleIn(text: string, from: number, to: number): string {
  for (let k = to - 1; k >= from; k--) {
    const c = text[k] ?? '';
    if (!WHITE_SPACE.test(c)) return c;
  }
  return '';
}
