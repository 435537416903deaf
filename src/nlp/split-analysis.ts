/** One analysis of joined paragraphs parted into one analysis per paragraph. */
import type { Analysis, NamedSpan, TokenSpan } from './analysis.ts';
import { exactSize } from './exact-size.ts';

/**
 * Splits an analysis of joined paragraphs at the given character ranges (in order, not overlapping), each
 * part re-based to start at zero. One sweep over tokens, sentences and entities, so an article of many
 * paragraphs costs what one paragraph's worth each does. The tokens and entities are moved, not copied:
 * `whole` must not be used afterwards.
 */
export function splitAnalysis(
  whole: Analysis,
  ranges: ReadonlyArray<{ start: number; end: number }>,
): Analysis[] {
  const out: Analysis[] = [];
  let t = 0;
  let si = 0;
  const custom = { list: whole.custom, next: 0 };
  const ner = { list: whole.ner, next: 0 };
  for (const { start, end } of ranges) {
    while (t < whole.tokens.length && (whole.tokens[t]?.start ?? 0) < start) t++;
    const first = t;
    while (t < whole.tokens.length && (whole.tokens[t]?.end ?? 0) <= end) t++;
    const last = t;
    const tokens = whole.tokens.slice(first, last);
    for (const tok of tokens) {
      tok.start -= start;
      tok.end -= start;
    }
    const sentences: TokenSpan[] = [];
    while (si < whole.sentences.length && (whole.sentences[si]?.end ?? 0) <= first) si++;
    for (let k = si; k < whole.sentences.length && (whole.sentences[k]?.start ?? 0) < last; k++) {
      const s = whole.sentences[k];
      if (!s) continue;
      const from = Math.max(s.start, first);
      const to = Math.min(s.end, last);
      if (from < to) sentences.push({ start: from - first, end: to - first });
    }
    out.push({
      text: whole.text.slice(start, end),
      tokens,
      sentences: exactSize(sentences),
      custom: exactSize(spansWithin(custom, first, last)),
      ner: exactSize(spansWithin(ner, first, last)),
    });
  }
  return out;
}

/**
 * The spans of `cursor.list` that lie in tokens [first, last), from `cursor.next` on, re-based to start at
 * `first`; the cursor moves past them. Moved like the tokens, not copied.
 */
function spansWithin(cursor: { list: NamedSpan[]; next: number }, first: number, last: number): NamedSpan[] {
  const { list } = cursor;
  const parts: NamedSpan[] = [];
  let k = cursor.next;
  while (k < list.length && (list[k]?.start ?? 0) < first) k++;
  for (; k < list.length && (list[k]?.start ?? 0) < last; k++) {
    const s = list[k];
    if (s && s.end <= last) {
      s.start -= first;
      s.end -= first;
      parts.push(s);
    }
  }
  cursor.next = k;
  return parts;
}
