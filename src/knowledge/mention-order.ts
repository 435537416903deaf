/**
 * Bookkeeping of the mentions the annotator finds: who was named most recently, mentions in token order,
 * the tokens already covered, and small tests of the words between them.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { isLettersOnly, isWrittenLowerCase } from '../nlp/letter-tests.ts';

/**
 * People or organisations an article named, most recent first, kept to {@link MAX_RECENT}: recency decides
 * between the last few holders of a surname or role, and a longer list made an article naming thousands of
 * people quadratic to read (26,000 quoted speakers in 1 MB took 16 s).
 */
const MAX_RECENT = 64;

/** Positions one paragraph spans in a reading order: no paragraph reaches a million characters or tokens. */
const PARAGRAPH_SPAN = 1_000_000;

/**
 * A position's place in the article's reading order: paragraph `paragraphIndex` (counted from 0), then
 * `offset` within it (a character or a token offset, the same kind wherever two orders are compared).
 */
export function readingOrder(paragraphIndex: number, offset: number): number {
  return paragraphIndex * PARAGRAPH_SPAN + offset;
}

/** The paragraph (counted from 0) of a {@link readingOrder}. */
export function paragraphOfOrder(order: number): number {
  return Math.floor(order / PARAGRAPH_SPAN);
}

export function mostRecentFirst<T>(list: readonly T[], item: T, idOf: (x: T) => string): T[] {
  const id = idOf(item);
  const out = [item];
  for (const x of list) {
    if (out.length >= MAX_RECENT) break;
    if (idOf(x) !== id) out.push(x);
  }
  return out;
}

/**
 * Sorts mentions by token, keeping the order of mentions at the same token, as a stable sort does. A
 * sentence has a handful, and `Array.prototype.sort` allocates its work space on every call.
 */
export function sortByToken<T extends { token: number }>(mentions: T[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m) continue;
    let k = i - 1;
    for (let before = mentions[k]; before && before.token > m.token; before = mentions[--k])
      mentions[k + 1] = before;
    mentions[k + 1] = m;
  }
}

/** `covered` with tokens [from, to) added; made on the first call, as most sentences name no known entity. */
export function cover(covered: Set<number> | null, from: number, to: number): Set<number> {
  const out = covered ?? new Set<number>();
  for (let t = from; t < to; t++) out.add(t);
  return out;
}

/**
 * True when every word is in lower case, letters only, and not covered (`first` is the first one's index).
 * A loop, not a callback: a callback would capture the token index, costing an allocation per token.
 */
export function plainWordsFree(
  words: readonly Token[],
  first: number,
  covered: ReadonlySet<number>,
): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w && (covered.has(first + k) || !isWrittenLowerCase(w.value) || !isLettersOnly(w.value)))
      return false;
  }
  return true;
}

/** True when every token in [from, to) is punctuation or a coordinating conjunction (or there are none). */
export function onlyPunctuationOrConjunctions(analysis: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = analysis.tokens[k]?.pos;
    if (pos !== 'PUNCT' && pos !== 'CCONJ') return false;
  }
  return true;
}
