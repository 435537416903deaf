/**
 * Whether words end in a colon: a paragraph ending so hands the quotation opening the next to what it says
 * ("… and I'll read you a part of it:"), which the next sentence's verb of saying does not take over. Read
 * back from the end past spaces only, so a long paragraph costs nothing.
 */
const SPACE = /\s/u;

/** True when the text from `start` to `end` ends in a colon, past spaces. */
export function endsInColon(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at >= start && SPACE.test(text[at] ?? '')) at--;
  return at >= start && text[at] === ':';
}
