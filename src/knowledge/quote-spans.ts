/**
 * Finds quotations in a paragraph by their marks. Double marks (“ ” ") delimit quotations; single marks
 * (‘ ’ ') delimit quotations nested inside them, or stand alone in a headline. An apostrophe inside a word
 * (that's, Trump's) is never a quotation mark.
 */
import { lowerBound } from '../nlp/pipeline.ts';

export interface QuoteSpan {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
  /** Index of the enclosing span in the result, or `null` for a top-level quotation. */
  parent: number | null;
  /** False when the paragraph ended before the closing mark (a truncated post). */
  closed: boolean;
}

const OPEN_DOUBLE = '“';
const CLOSE_DOUBLE = '”';
const STRAIGHT_DOUBLE = '"';
const DOUBLE_MARKS = /[“”"]/g;
const SINGLE_MARKS = /['‘’]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // Most marks stand beside plain ASCII: a letter or digit of it is known without the Unicode pattern.
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(ch);
}

/**
 * True when `text` holds something other than white space in [start, end). Most quotations open on a printable
 * ASCII character, which says so with no copy of the quotation made.
 */
function holdsMoreThanSpace(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  if (c > 0x20 && c < 0x7f) return true;
  return text.slice(start, end).trim() !== '';
}

/**
 * A top-level span from the opening mark at `open` to `end`: its closing mark, or with `closed` false the
 * paragraph's end, where no mark stands.
 */
function spanFrom(open: number, end: number, closed: boolean): QuoteSpan {
  return {
    start: open + 1,
    end,
    outerStart: open,
    outerEnd: closed ? end + 1 : end,
    parent: null,
    closed,
  };
}

/** Quotation spans in `text`, outer ones before the ones nested in them, each group in reading order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles: QuoteSpan[] = [];
  let open = -1;
  // Only the marks are visited: a paragraph is scanned once by the regular expression engine.
  for (const mark of text.matchAll(DOUBLE_MARKS)) {
    const i = mark.index ?? 0;
    const ch = mark[0];
    const opens = ch === OPEN_DOUBLE || (ch === STRAIGHT_DOUBLE && open < 0);
    const closes = ch === CLOSE_DOUBLE || (ch === STRAIGHT_DOUBLE && open >= 0);
    if (open < 0 && opens) {
      open = i;
    } else if (open >= 0 && closes) {
      doubles.push(spanFrom(open, i, true));
      open = -1;
    }
  }
  if (open >= 0 && text.slice(open + 1).trim() !== '') {
    doubles.push(spanFrom(open, text.length, false));
  }
  const result: QuoteSpan[] = doubles.filter((s) => holdsMoreThanSpace(text, s.start, s.end));
  const topCount = result.length;
  if (topCount === 0) {
    for (const s of findSingleSpans(text, 0, text.length)) result.push(s);
    return result;
  }
  for (let p = 0; p < topCount; p++) {
    const outer = result[p];
    if (!outer) continue;
    for (const s of findSingleSpans(text, outer.start, outer.end)) result.push({ ...s, parent: p });
  }
  return result;
}

/**
 * The spans no other holds. {@link findQuoteSpans} lists them first, so they are the list's start: no filter
 * over a paragraph's nested quotations.
 */
export function topLevelSpans(spans: readonly QuoteSpan[]): QuoteSpan[] {
  let count = 0;
  while (count < spans.length && spans[count]?.parent === null) count++;
  return spans.slice(0, count);
}

function findSingleSpans(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // The search stays inside [from, to): a search past `to` for the next mark would rescan the paragraph
  // once per quotation.
  for (const m of text.slice(from, to).matchAll(SINGLE_MARKS)) {
    const i = from + (m.index ?? 0);
    const ch = m[0];
    const before = text[i - 1];
    const after = text[i + 1];
    if (isWordChar(before) && isWordChar(after)) continue;
    const canOpen =
      ch !== '’' && !isWordChar(before) && (isWordChar(after) || after === '¿' || after === '¡');
    const canClose = ch !== '‘' && !isWordChar(after) && before !== undefined && before !== ' ';
    if (open < 0 && canOpen) {
      open = i;
    } else if (open >= 0 && canClose) {
      if (holdsMoreThanSpace(text, open + 1, i)) {
        spans.push(spanFrom(open, i, true));
      }
      open = -1;
    }
  }
  return spans;
}

/**
 * The top-level quotation of `spans` (a paragraph's: top-level ones first, in order and apart, then nested
 * ones inside them) whose marks hold the characters [start, end), or `null`: a binary search, as a paragraph
 * may hold thousands of quotations and be asked of each of its sentences or words.
 */
export function topLevelHolding(spans: readonly QuoteSpan[], start: number, end: number): QuoteSpan | null {
  const top = lowerBound(0, spans.length, (i) => spans[i]?.parent === null);
  const after = lowerBound(0, top, (i) => (spans[i]?.outerStart ?? 0) <= start);
  if (after === 0) return null;
  const span = spans[after - 1];
  return span !== undefined && end <= span.outerEnd ? span : null;
}
