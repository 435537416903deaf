/**
 * A newspaper's correction of its own earlier report: the paragraphs under a "Correction" or "Clarification"
 * heading (which the cleaner drops as a crosshead), and a paragraph that opens "Correction:" or "An earlier
 * version of this story …". A date such a paragraph says the earlier report gave is not the date of the event
 * (denied-dates.ts). English newspaper wording, not the domain.
 */
import type { DroppedLine } from './schema.ts';

/** A heading over a correction: "Correction", "Corrections", "Clarification", "Correction and clarification". */
const CORRECTION_HEADING = /^(?:corrections?|clarifications?)(?: and (?:corrections?|clarifications?))?:?$/i;
/** A paragraph that is a correction by its opening words. */
const CORRECTION_OPENING =
  /^(?:(?:corrections?|clarifications?)\b[^A-Za-z]{0,3}[:—–-]|an? (?:earlier|previous|prior) (?:version|edition) of this\b)/i;

/**
 * Words by which a paragraph speaks of the outlet's earlier report: under a heading, only such a paragraph is
 * the correction (a "Corrections" link in the page's menu, or a heading over a note about a misspelt name, must
 * not mark the story itself).
 */
const SPEAKS_OF_EARLIER_REPORT =
  /\b(?:earlier|previous(?:ly)?|incorrect(?:ly)?|mistaken(?:ly)?|misstated|erroneous(?:ly)?|wrongly|should have (?:said|read|stated)|we (?:said|reported|wrote|stated|gave))\b/i;

/** A paragraph the cleaner kept: its line in the source file and its text. */
interface KeptLine {
  line: number;
  text: string;
}

/**
 * The kept paragraphs of `kept` that are corrections (see the module comment): those opening as one, and the
 * one paragraph right after a correction heading in `dropped` when it speaks of the earlier report. `kept` and
 * `dropped` are each in line order.
 */
export function correctionParagraphs<P extends KeptLine>(
  kept: readonly P[],
  dropped: readonly DroppedLine[],
): Set<P> {
  const out = new Set<P>();
  for (const p of kept) if (CORRECTION_OPENING.test(p.text)) out.add(p);
  for (const [i, heading] of dropped.entries()) {
    if (!CORRECTION_HEADING.test(heading.text.trim())) continue;
    const until = dropped[i + 1]?.line ?? Infinity;
    const next = kept.find((p) => p.line > heading.line);
    if (next && next.line < until && SPEAKS_OF_EARLIER_REPORT.test(next.text)) out.add(next);
  }
  return out;
}
