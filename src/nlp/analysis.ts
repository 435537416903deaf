/**
 * What the pipeline makes of a text ({@link Analysis}: tokens, sentences and entities, plain data), and the
 * binary searches that find a token, a sentence or a span in it by position.
 */

export interface Token {
  value: string;
  /** Lower-cased form. */
  normal: string;
  /** Lower-cased lemma. */
  lemma: string;
  pos: string;
  type: string;
  stop: boolean;
  /** Character offsets in the analysed text, `[start, end)`. */
  start: number;
  end: number;
}

/** A run of tokens, `[start, end)` by token index. */
export interface TokenSpan {
  start: number;
  end: number;
}

export interface NamedSpan extends TokenSpan {
  /** Custom entity name (`entity:<id>` or `role:<phrase>`) or wink's entity type (`DATE`, `CARDINAL`…). */
  name: string;
  value: string;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: TokenSpan[];
  /** Alias and role matches from the entity data. */
  custom: NamedSpan[];
  /** wink-nlp's own entities: DATE, CARDINAL, ORDINAL, URL… */
  ner: NamedSpan[];
}

/**
 * The first of the positions [from, to) for which `before` is false, `before` being true for a run of them
 * and false for the rest (a sorted list read by a key): a binary search, so a paragraph of thousands of
 * sentences or mentions is not scanned once for each.
 */
export function lowerBound(from: number, to: number, before: (i: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans (sorted by start, as wink-nlp gives them) that start in tokens [from, to), found by binary
 * search: a paragraph of thousands of sentences must not be scanned once per sentence.
 */
export function spansStartingIn<T extends TokenSpan>(spans: readonly T[], from: number, to: number): T[] {
  const lo = lowerBound(0, spans.length, (k) => (spans[k]?.start ?? 0) < from);
  const out: T[] = [];
  for (let k = lo; k < spans.length && (spans[k]?.start ?? Infinity) < to; k++) {
    const span = spans[k];
    if (span) out.push(span);
  }
  return out;
}

/** Index of the first token in [from, to) that starts at or after `charPos` (a binary search). */
export function firstTokenAtOrAfter(analysis: Analysis, from: number, to: number, charPos: number): number {
  return lowerBound(from, to, (k) => (analysis.tokens[k]?.start ?? 0) < charPos);
}

/** The sentence of an analysis holding token `t`, by binary search. */
export function sentenceAt(analysis: Analysis, t: number): TokenSpan | undefined {
  const list = analysis.sentences;
  const s = list[lowerBound(0, list.length, (k) => (list[k]?.end ?? 0) <= t)];
  return s && s.start <= t && t < s.end ? s : undefined;
}
