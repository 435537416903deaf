/**
 * Sentence ranges and quotation spans of one paragraph: wink's sentences joined where a quotation or a title's
 * full stop runs across a boundary, whether a character offset is quoted, and the quotations nested in one.
 */
import { lowerBound, type Analysis } from '../nlp/pipeline.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';

/** wink's sentence ranges, joined where a quotation runs across a boundary so it stays in one sentence. */
export function mergeAcrossQuotes(
  analysis: Analysis,
  quotes: readonly QuoteSpan[],
): Array<{ start: number; end: number }> {
  const merged: Array<{ start: number; end: number }> = [];
  let k = 0;
  for (const s of analysis.sentences) {
    const prev = merged.at(-1);
    const startChar = analysis.tokens[s.start]?.start ?? 0;
    while (k < quotes.length && (quotes[k]?.outerEnd ?? 0) <= startChar) k++;
    if (prev) {
      const boundary = analysis.tokens[prev.end - 1]?.end ?? 0;
      if (k < quotes.length && (quotes[k]?.outerStart ?? Infinity) < boundary) {
        prev.end = s.end;
        continue;
      }
    }
    merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/**
 * Sentence ranges joined where wink ended a sentence at a title's full stop ("…," said Maj. | Geoffrey
 * Carmichael): a range ending in a title and a stop, followed by a capitalised word, continues.
 */
export function joinAfterTitles(
  analysis: Analysis,
  ranges: Array<{ start: number; end: number }>,
  isTitle: (value: string) => boolean,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const r of ranges) {
    const prev = out.at(-1);
    if (prev) {
      const last = analysis.tokens[prev.end - 1];
      const beforeLast = analysis.tokens[prev.end - 2];
      const endsInTitle =
        (last?.value === '.' && beforeLast !== undefined && isTitle(beforeLast.value)) ||
        (last !== undefined && last.value.endsWith('.') && last.value.length > 1 && isTitle(last.value));
      const next = analysis.tokens[r.start];
      if (endsInTitle && next && opensWithCapital(next.value)) {
        prev.end = r.end;
        continue;
      }
    }
    out.push({ ...r });
  }
  return out;
}

/** Closing quotation marks, and the marks of a cry or question that may end a quotation inside a sentence. */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’', '»', "'"]);
const CRIES: ReadonlySet<string> = new Set(['!', '?']);
/** Words and marks that cannot open a sentence: a lower-case letter, a comma, a semicolon. */
const GOES_ON = /^(?:\p{Ll}|[,;])/u;

/**
 * Sentence ranges joined where wink ended a sentence at a cry or question quoted inside one (came in yelling
 * "¡Viva Cortina!" | and "¡Mueran los gringos!" | , there was nobody…): a range ending in "!" or "?" and a
 * closing quotation mark, followed by a comma, a semicolon or a lower-case word, continues.
 */
export function joinAfterQuotedCries(
  analysis: Analysis,
  ranges: ReadonlyArray<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  return joinedWhere(ranges, (prev, r) => {
    const close = analysis.tokens[prev.end - 1];
    const cry = analysis.tokens[prev.end - 2];
    const next = analysis.tokens[r.start];
    return (
      close !== undefined &&
      cry !== undefined &&
      next !== undefined &&
      CLOSING_QUOTES.has(close.value) &&
      CRIES.has(cry.value) &&
      GOES_ON.test(next.value)
    );
  });
}

/** Sentence ranges in order, each that `goesOn` from the range before it (as joined so far) joined to it. */
function joinedWhere(
  ranges: ReadonlyArray<{ start: number; end: number }>,
  goesOn: (prev: { start: number; end: number }, r: { start: number; end: number }) => boolean,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const r of ranges) {
    const prev = out.at(-1);
    if (prev && goesOn(prev, r)) {
      prev.end = r.end;
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

/** Marks that go on with the clause before them and so never open a sentence. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([':', ';', ',']);

/**
 * Sentence ranges joined where wink ended a sentence at an abbreviation's full stop that a colon, semicolon
 * or comma follows ("He writes under date of the 4th inst.: …", "Smith & Co.; …"): a range opening with
 * such a mark continues the one before.
 */
export function joinBeforeClauseMarks(
  analysis: Analysis,
  ranges: ReadonlyArray<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  return joinedWhere(ranges, (_, r) => CLAUSE_MARKS.has(analysis.tokens[r.start]?.value ?? ''));
}

/** A test of whether a character offset lies inside one of `spans` (in order, not overlapping): a binary search. */
export function quotedAt(spans: readonly QuoteSpan[]): (charPos: number) => boolean {
  return (charPos) => {
    const lo = lowerBound(0, spans.length, (k) => (spans[k]?.start ?? 0) <= charPos);
    // Before the first span, as always in a paragraph with none: index -1 is no element, and reading it is a
    // slow look-up of a property named "-1", on every token of such a paragraph.
    if (lo === 0) return false;
    const span = spans[lo - 1];
    return span !== undefined && charPos < span.end;
  };
}

const nestedByParagraph = new WeakMap<readonly QuoteSpan[], Map<QuoteSpan, QuoteSpan[]>>();

/** The quotations nested in a top-level one, grouped once per paragraph so each is looked up in constant time. */
export function nestedIn(spans: readonly QuoteSpan[], outer: QuoteSpan): QuoteSpan[] {
  let groups = nestedByParagraph.get(spans);
  if (!groups) {
    groups = new Map();
    for (const s of spans) {
      if (s.parent === null) continue;
      const parent = spans[s.parent];
      if (!parent) continue;
      const list = groups.get(parent) ?? [];
      list.push(s);
      groups.set(parent, list);
    }
    nestedByParagraph.set(spans, groups);
  }
  return groups.get(outer) ?? [];
}
