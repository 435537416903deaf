/**
 * The last character of a stretch of text that a pattern anchored at its end (`…:\s*$`) would have to read
 * there, found by walking back from the end: a cheap test that turns away, before the pattern runs, a
 * stretch the pattern could never match. Patterns that open unanchored try every position of the stretch,
 * and run once per quotation a sentence of thousands of quotations holds.
 */

const WHITE_SPACE = /\s/u;

/** The last character of `text[from, to)` that `marks` holds, or `''` when none of them is there. */
export function lastMarkIn(text: string, from: number, to: number, marks: string): string {
  for (let k = to - 1; k >= from; k--) {
    const c = text[k] ?? '';
    if (marks.includes(c)) return c;
  }
  return '';
}

/** The last character of `text[from, to)` that is not white space (as `\s` reads it), or `''` when all is. */
export function lastVisibleIn(text: string, from: number, to: number): string {
  for (let k = to - 1; k >= from; k--) {
    const c = text[k] ?? '';
    if (!WHITE_SPACE.test(c)) return c;
  }
  return '';
}
