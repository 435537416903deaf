/**
 * Which sentences go on from the one before them, for retrieval: a sentence of the same paragraph ("McNelly
 * had about 30 men." after the raid's set-up), and whether it gives a figure or a date of its own, so a
 * how-many or when question matching the set-up finds the answer next to it. Reads each sentence's kind and
 * paragraph and the figures and dates the knowledge found in it; one pass over the sentences, at index time.
 */
import type { Sentence } from '../knowledge/schema.ts';

/** The sentence goes on in the paragraph of the one before it (both report text: no headline, caption or post). */
export const FOLLOWS_IN_PARAGRAPH = 1;
/** The sentence gives a figure. */
export const GIVES_FIGURE = 2;
/** The sentence gives a date. */
export const GIVES_DATE = 4;

/** Bit flags per sentence (see the constants above), in the knowledge's sentence order. */
export function followingFlags(
  sentences: readonly Sentence[],
  figures: (id: string) => boolean,
  dates: (id: string) => boolean,
): Uint8Array {
  return Uint8Array.from(sentences, (s, i) => {
    const before = sentences[i - 1];
    let flags = (figures(s.id) ? GIVES_FIGURE : 0) | (dates(s.id) ? GIVES_DATE : 0);
    if (!before || before.sourceId !== s.sourceId || s.kind !== 'report' || before.kind !== 'report')
      return flags;
    if (before.paragraph === s.paragraph) flags |= FOLLOWS_IN_PARAGRAPH;
    return flags;
  });
}
