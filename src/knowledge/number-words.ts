/**
 * Figures written across several tokens, as the old dispatches write them: "twenty-five" (the tagger splits
 * it at its hyphen), "twenty five", "two hundred and sixty", "one hundred twenty-five", "twenty-five hundred",
 * "ten thousand", "two dozen"; and the ranges two such figures make ("between twenty-five and thirty",
 * "twenty-five or thirty", "forty to sixty-five"). Reads tokens only; the value of one token (digits or a
 * count word) is the caller's.
 */
import type { Token } from '../nlp/pipeline.ts';
import { lookupTable } from '../lookup.ts';
import { numericValue } from './counted.ts';
import { numberInWords } from '../nlp/numerals.ts';

/** The value of one token, a figure in digits or a count word ("nine"), or `null`. */
export type TokenFigure = (tok: Token | undefined) => number | null;

/** A figure read whole: its value and the token after it. */
export interface Figure {
  value: number;
  end: number;
}

export const SCALES = lookupTable({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
/** What "hundred" multiplies a figure before it by ("eight hundred"). */
export const HUNDRED = 100;
/** Words between the two figures of a range written without "between" ("eight or nine", "two to three"). */
const RANGE_JOINERS: ReadonlySet<string> = new Set(['or', 'to']);

/**
 * The figure that starts at token `t` (before `end`), whose own token is worth `value`: a tens word with
 * its unit ("twenty-five", "twenty five"), hundreds with what follows them ("two hundred and sixty"), a
 * scale ("ten thousand", "twenty-five hundred") or "dozen" ("two dozen"). A figure read in part is read
 * no further: the caller gets the tokens it covers, so no part of it is read again as a figure of its own.
 */
export function figureFrom(
  toks: readonly Token[],
  t: number,
  end: number,
  value: number,
  figure: TokenFigure,
): Figure {
  let v = value;
  let k = t + 1;
  const unit = unitAfterTens(toks, t, end, v, figure);
  if (unit !== null) {
    v += unit.value;
    k = unit.end;
  }
  if (k < end && toks[k]?.normal === 'hundred' && v >= 1 && v < HUNDRED && Number.isInteger(v)) {
    // "Two hundred and sixty", "one hundred twenty-five", "twenty-five hundred".
    v *= HUNDRED;
    k++;
    const j = toks[k]?.normal === 'and' ? k + 1 : k;
    const rest = j < end ? smallFigure(toks, j, end, figure) : null;
    if (rest !== null) {
      v += rest.value;
      k = rest.end;
    }
  }
  const scale = k < end ? scaleOf(toks[k]?.normal ?? '') : undefined;
  if (scale !== undefined) {
    // "Ten thousand", "1.5 million migrants", "twenty-five thousand", and the old plural "fifteen millions".
    v *= scale;
    k++;
    // "One thousand two hundred", "a thousand and fifty": the figure below the scale adds to it.
    const rest = belowScale(toks, k, end, scale, figure);
    if (rest !== null) {
      v += rest.value;
      k = rest.end;
    }
  } else if (k === t + 1 && k < end && toks[k]?.normal === 'dozen') {
    // "Two dozen migrants": 24 of them.
    v *= 12;
    k++;
  }
  return { value: v, end: k };
}

/**
 * The figure in words after a scale that adds to it, and the token after it: hundreds ("one thousand two
 * hundred", "two million five hundred thousand"), or, after "and", a figure below a hundred ("a thousand and
 * fifty"); `null` when none follows, or when the figure after is a range's other end with a scale of its own
 * ("between two thousand and three thousand").
 */
function belowScale(
  toks: readonly Token[],
  at: number,
  end: number,
  scale: number,
  figure: TokenFigure,
): Figure | null {
  const and = toks[at]?.normal === 'and';
  const j = and ? at + 1 : at;
  const tok = toks[j];
  if (j >= end || !tok || numericValue(tok) !== null) return null;
  const value = figure(tok) ?? numberInWords(tok.normal);
  if (value === null || !Number.isInteger(value) || value < 1 || value >= HUNDRED) return null;
  const rest = figureFrom(toks, j, end, value, figure);
  if (rest.value >= scale || (and ? rest.value >= HUNDRED : rest.value < HUNDRED)) return null;
  const after = toks[rest.end]?.normal ?? '';
  if (rest.end < end && (after === 'hundred' || scaleOf(after) !== undefined)) return null;
  return rest;
}

/** The value of a scale word, singular or in the old plural after a figure ("fifteen millions of dollars"). */
function scaleOf(normal: string): number | undefined {
  return SCALES[normal] ?? (normal.endsWith('s') ? SCALES[normal.slice(0, -1)] : undefined);
}

/**
 * The lower figure of a range whose higher figure alone carries the scale both share: "between three and four
 * hundred" is 300 to 400, "two or three thousand" 2,000 to 3,000, "5 to 6 million" 5 to 6 million. The scale
 * is the last word of the higher figure; a lower figure of more than one token (`lowOneToken` false) has its
 * own, and `low` stays as it is when the scale would not leave it below the higher figure.
 */
export function sharedScaleLow(
  toks: readonly Token[],
  lowOneToken: boolean,
  low: number,
  high: Figure,
): number {
  if (!lowOneToken) return low;
  let at = high.end - 1;
  const last = toks[at]?.normal ?? '';
  let scale = last === 'hundred' ? HUNDRED : scaleOf(last);
  if (scale === undefined || low >= high.value) return low;
  // "two and three hundred thousand": the scale both share is all of "hundred thousand".
  if (last !== 'hundred' && toks[at - 1]?.normal === 'hundred') {
    scale *= HUNDRED;
    at--;
  }
  // "two or three thousand five hundred": "hundred" scales the last figure only, not the higher figure; the
  // lower figure shares the higher one's scale and what follows it (2,500 to 3,500).
  const beforeLeading = toks[at - 2]?.normal ?? '';
  const leadingScale = scaleOf(beforeLeading);
  if (beforeLeading === 'hundred') return low;
  if (leadingScale !== undefined) {
    const withRest = low * leadingScale + (high.value % leadingScale);
    return withRest < high.value ? withRest : low;
  }
  const scaled = low * scale;
  return scaled < high.value ? scaled : low;
}

/**
 * Where "and odd" or "odd" after a figure (`value`) ending at token `at` ends ("nine hundred and odd men", "forty
 * odd years": somewhat more than the figure); `null` when none follows. "Odd" alone follows a round figure only:
 * "three odd men" are strange men, not more than three.
 */
export function oddEnd(toks: readonly Token[], at: number, end: number, value: number): number | null {
  const and = toks[at]?.normal === 'and';
  if (!and && value % 10 !== 0) return null;
  const k = and ? at + 1 : at;
  return k < end && toks[k]?.normal === 'odd' ? k + 1 : null;
}

/**
 * The higher figure of a range whose lower figure ends at token `at`: "and" after "between" (`between`),
 * else "to" or "or" ("twenty-five to thirty", "eight or nine soldiers"); `null` when no figure follows. A
 * range in words or joined by "or" needs its higher figure second.
 */
export function rangeEnd(
  toks: readonly Token[],
  at: number,
  end: number,
  low: number,
  between: boolean,
  figure: TokenFigure,
): Figure | null {
  const joiner = toks[at]?.normal ?? '';
  if (at + 1 >= end || !(between ? joiner === 'and' : RANGE_JOINERS.has(joiner))) return null;
  const first = figure(toks[at + 1]);
  if (first === null) return null;
  const high = figureFrom(toks, at + 1, end, first, figure);
  if (between) return high;
  // "10 to 20 years": digits joined by "to" are a range as written.
  const digits = numericValue(toks[at + 1] as Token) !== null && joiner === 'to';
  return digits || high.value > low ? high : null;
}

/**
 * True when the "a" at `t` opens "a hundred and fifty", "a hundred twenty": a figure whose tens, read alone,
 * would be taken for the whole. "A hundred men" alone is left as it was, no figure.
 */
export function hundredAndMore(toks: readonly Token[], t: number, end: number, figure: TokenFigure): boolean {
  const word = toks[t + 1]?.normal ?? '';
  if (word !== 'hundred') {
    // "A thousand and fifty", "a thousand two hundred": the figure below the scale makes "a" its one.
    const scale = SCALES[word];
    return scale !== undefined && belowScale(toks, t + 2, end, scale, figure) !== null;
  }
  const j = toks[t + 2]?.normal === 'and' ? t + 3 : t + 2;
  return j < end && smallFigure(toks, j, end, figure) !== null;
}

/** A figure below a hundred in words at `t` ("sixty", "twenty-five", "twelve"), as after "hundred and". */
function smallFigure(toks: readonly Token[], t: number, end: number, figure: TokenFigure): Figure | null {
  const tok = toks[t];
  if (!tok || numericValue(tok) !== null) return null;
  // After "hundred and" a count word is a figure however the tagger took it ("one hundred and seventeen years").
  const value = figure(tok) ?? numberInWords(tok.normal);
  if (value === null || !Number.isInteger(value) || value < 1 || value >= HUNDRED) return null;
  const unit = unitAfterTens(toks, t, end, value, figure);
  return unit === null ? { value, end: t + 1 } : { value: value + unit.value, end: unit.end };
}

/**
 * The unit a tens word at `t` (`value`) is written with, and the token after it: "twenty-five", which the
 * tagger splits into three tokens at its hyphen (written together, not "twenty - five"), or "twenty five",
 * two count words; `null` when `t` is no tens word in words or no unit word follows.
 */
function unitAfterTens(
  toks: readonly Token[],
  t: number,
  end: number,
  value: number,
  figure: TokenFigure,
): Figure | null {
  if (value < 20 || value > 90 || value % 10 !== 0) return null;
  const tens = toks[t];
  if (!tens || numericValue(tens) !== null) return null;
  const isUnit = (tok: Token | undefined) => {
    if (!tok || tok.pos !== 'NUM' || numericValue(tok) !== null) return null;
    const unit = figure(tok);
    return unit !== null && Number.isInteger(unit) && unit >= 1 && unit <= 9 ? unit : null;
  };
  const hyphen = toks[t + 1];
  if (
    t + 2 < end &&
    hyphen?.value === '-' &&
    hyphen.start === tens.end &&
    toks[t + 2]?.start === hyphen.end
  ) {
    const unit = isUnit(toks[t + 2]);
    return unit === null ? null : { value: unit, end: t + 3 };
  }
  const unit = t + 1 < end ? isUnit(toks[t + 1]) : null;
  return unit === null ? null : { value: unit, end: t + 2 };
}
