/**
 * Which sentences go on from the one before them, for retrieval: a sentence of the same paragraph ("McNelly
 * had about 30 men." after the raid's set-up), and whether it gives a figure or a date of its own, so a
 * how-many or when question matching the set-up finds the answer next to it. Reads each sentence's kind and
 * paragraph, the figures and dates the knowledge found in it and its quotations; so is a quotation the sentence
 * before introduces. One pass over the sentences, at index time.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** The sentence goes on in the paragraph of the one before it (both report text: no headline, caption or post). */
export const FOLLOWS_IN_PARAGRAPH = 1;
/** The sentence gives a figure. */
export const GIVES_FIGURE = 2;
/** The sentence gives a date. */
export const GIVES_DATE = 4;
/**
 * The sentence gives a quotation the sentence before introduces: in the same paragraph ("Mrs. Acosta recalled
 * the river before the fence." then "'Before, it was a river,' she said."), after a lead-in ending in a colon,
 * or opening the paragraph right after the one the introducing sentence ends.
 */
export const QUOTES_AFTER_LEAD = 8;

/** A sentence opening with a quotation mark: its paragraph opens with someone's words. */
const OPENS_QUOTED = /^\s*["“‘'«]/u;

/** Bit flags per sentence (see the constants above), in the knowledge's sentence order. */
export function followingFlags(
  sentences: readonly Sentence[],
  figures: (id: string) => boolean,
  dates: (id: string) => boolean,
  quotes: (id: string) => boolean = () => false,
): Uint8Array {
  return Uint8Array.from(sentences, (s, i) => {
    const before = sentences[i - 1];
    let flags = (figures(s.id) ? GIVES_FIGURE : 0) | (dates(s.id) ? GIVES_DATE : 0);
    if (!before || before.sourceId !== s.sourceId || s.kind !== 'report' || before.kind !== 'report')
      return flags;
    if (before.paragraph === s.paragraph) flags |= FOLLOWS_IN_PARAGRAPH;
    if (
      quotes(s.id) &&
      (before.paragraph === s.paragraph || /:\s*$/u.test(before.text) || OPENS_QUOTED.test(s.text))
    )
      flags |= QUOTES_AFTER_LEAD;
    return flags;
  });
}

/** The sentence right after `sentence` when it gives a quotation `sentence` introduces; `null` otherwise. */
export function quotationIntroduced(index: KnowledgeIndex, sentence: Sentence): Sentence | null {
  const at = index.sentenceIndex.get(sentence.id);
  if (at === undefined || ((index.following[at + 1] ?? 0) & QUOTES_AFTER_LEAD) === 0) return null;
  return index.sentences[at + 1] ?? null;
}
