/**
 * The country a mention is placed in by the country words near it: right before it, else the nearest in its
 * sentence or paragraph, else the one most of the words around vote for.
 */
import { lowerBound, sentenceAt, type Analysis } from '../nlp/pipeline.ts';

/** A word or name that places what is near it in one country. */
export interface CountryMarker {
  start: number;
  end: number;
  country: string;
}

/**
 * The country a mention is placed in by its own sentence: a country word right before it ("Texas National
 * Guard", "Mexico's National Guard"), else the nearest one in the sentence, else, with `reach` paragraph,
 * the nearest in the paragraph; `null` when none of `countries` is near it, or two are equally near.
 */
export function placedBy(
  analysis: Analysis,
  mention: { start: number; end: number },
  markers: readonly CountryMarker[],
  countries: ReadonlySet<string>,
  reach: 'sentence' | 'paragraph' = 'sentence',
): string | null {
  const possessive = /^['’]s$/.test(analysis.tokens[mention.start - 1]?.normal ?? '');
  const near = neighbours(markers, countries, mention, 0, Number.MAX_SAFE_INTEGER);
  const right = near.before;
  if (right && (right.end === mention.start || (possessive && right.end === mention.start - 1)))
    return right.country;
  const sentence = sentenceAt(analysis, mention.start);
  const inSentence = sentence
    ? neighbours(markers, countries, mention, sentence.start, sentence.end)
    : { before: undefined, after: undefined };
  return nearest(inSentence, mention) ?? (reach === 'paragraph' ? nearest(near, mention) : null);
}

/** Markers passed over looking for one of the wanted countries on either side of a mention. */
const MAX_MARKERS_SKIPPED = 64;

/**
 * The nearest marker of one of `countries` before a mention and after it, within tokens `[from, to)`: found
 * by binary search in the markers (sorted by start), so each mention costs a logarithm, not the paragraph.
 */
function neighbours(
  markers: readonly CountryMarker[],
  countries: ReadonlySet<string>,
  mention: { start: number; end: number },
  from: number,
  to: number,
): { before: CountryMarker | undefined; after: CountryMarker | undefined } {
  const lo = lowerBound(0, markers.length, (k) => (markers[k]?.start ?? 0) < mention.end);
  let after: CountryMarker | undefined;
  for (let k = lo; k < markers.length && k - lo < MAX_MARKERS_SKIPPED; k++) {
    const m = markers[k];
    if (!m || m.end > to) break;
    if (countries.has(m.country)) {
      after = m;
      break;
    }
  }
  let before: CountryMarker | undefined;
  for (let k = lo - 1; k >= 0 && lo - k <= MAX_MARKERS_SKIPPED; k--) {
    const m = markers[k];
    if (!m || m.start < from) break;
    if (m.end <= mention.start && countries.has(m.country)) {
      before = m;
      break;
    }
  }
  return { before, after };
}

/** The country of the nearer of two markers, by tokens between them; `null` on a tie between two countries. */
function nearest(
  near: { before: CountryMarker | undefined; after: CountryMarker | undefined },
  mention: { start: number; end: number },
): string | null {
  const { before, after } = near;
  if (!before) return after?.country ?? null;
  if (!after) return before.country;
  const b = mention.start - before.end;
  const a = after.start - mention.end;
  if (b !== a) return b < a ? before.country : after.country;
  return before.country === after.country ? before.country : null;
}

/** The country with more votes than any other among `countries`, or `null`. */
export function majority(votes: ReadonlyMap<string, number>, countries: ReadonlySet<string>): string | null {
  const ranked = [...countries].map((c) => [c, votes.get(c) ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] > 0 && (!second || first[1] > second[1]) ? first[0] : null;
}
