/** wink-nlp's spans and entities as the pipeline's {@link TokenSpan}s and texts. */
import type { Token, TokenSpan } from './analysis.ts';
import { precedingSpaces, type RawDocument } from './raw-document.ts';

/** wink's entities as the custom-entity machine reads them: by first token, `[last token, type]`. */
export function entitySwaps(
  nerSpans: readonly TokenSpan[],
  nerTypes: ReadonlyArray<string | undefined>,
): Map<number, [number, string]> {
  const swaps = new Map<number, [number, string]>();
  for (let k = 0; k < nerSpans.length; k++) {
    const span = nerSpans[k];
    if (span) swaps.set(span.start, [span.end - 1, nerTypes[k] as string]);
  }
  return swaps;
}

/**
 * An entity's text: its tokens with their preceding spaces (from wink's document data), trimmed, as
 * wink-nlp's `its.detail` gives it, read from the tokens already made instead of asking wink-nlp to build it
 * again. The spaces are white space only (wink-nlp splits on runs of it), so those before the first token are
 * trimmed whatever they are: a one-token entity, most of them, is its token's value, trimmed, with no string
 * built.
 */
export function spanText(tokens: readonly Token[], raw: RawDocument, span: TokenSpan): string {
  let value = tokens[span.start]?.value ?? '';
  for (let k = span.start + 1; k < span.end; k++) value += precedingSpaces(raw, k) + (tokens[k]?.value ?? '');
  return value.trim();
}

/** The types of wink-nlp's `[first, last, type]` entities, in a loop into a literal as {@link spans}. */
export function entityTypes(entities: ReadonlyArray<readonly [number, number, string]>): string[] {
  const out: string[] = [];
  for (let k = 0; k < entities.length; k++) out.push(entities[k]?.[2] as string);
  return out;
}

/**
 * wink-nlp's `[first, last]` token spans as `[start, end)`. A loop into an array literal, not `map`: the
 * array `map` makes from an empty list is of another kind than from a full one, and in a bundled build
 * (esbuild, no tsx) the optimised `Nlp.analyse` (pipeline.ts) was thrown away at the other kind on nearly
 * every call (2,158 deoptimisations in 2,500 calls; none with the literal, whose kind V8 settles once).
 */
export function spans(
  list: ReadonlyArray<readonly number[] | readonly [number, number, string]>,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  // Read by index, not destructured: destructuring walks each pair with an iterator of its own.
  for (let k = 0; k < list.length; k++) {
    const pair = list[k];
    out.push({ start: pair?.[0] ?? 0, end: (pair?.[1] ?? 0) + 1 });
  }
  return out;
}
