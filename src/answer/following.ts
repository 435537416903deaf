/**
 * Which sentences go on from the one before them, for retrieval: a sentence of the same paragraph ("McNelly
 * had about 30 men." after the raid's set-up), and whether it gives a figure or a date of its own, so a
 * how-many or when question matching the set-up finds the answer next to it. Reads each sentence's kind and
 * paragraph, the figures and dates the knowledge found in it and its quotations; so is a quotation the sentence
 * before introduces. One pass over the sentences, at index time; then, per question asking for a figure or a
 * date, the share of its score a matching sentence passes on to such a sentence after it.
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

/**
 * Share of the previous sentence's score inherited by a sentence going on in its paragraph with the figure or
 * date asked for ("McNelly had about 30 men." after the raid's set-up), when the one before scores
 * {@link STRONG_SHARE} of the best. npm run eval 2026-12-02, count and date questions but follow-ups (which
 * read on from the last answer already): dev right 1210 -> 1211, test 1375 -> 1379, answerable declined (test)
 * 291 -> 292, must-decline answered alike. With no floor test rose to 1381 but a must-decline dev question was
 * answered from the sentence after a weak match (and 295 declined); with follow-ups too dev fell by 2 (three
 * follow-ups lost). A transcript's answer turn after a turn that asks, inheriting alike for every question,
 * lost 4 test questions.
 */
const TYPED_CARRY = 0.6;
/** Only a sentence scoring this share of the best sentence's score passes some of it on to the next. */
const STRONG_SHARE = 0.6;

/**
 * For a question asking for a figure or a date (`follow`; a follow-up asks for none here), how a sentence
 * inherits from the one before: when the one before scores at least `strong` ({@link STRONG_SHARE} of the best
 * of this question's scores, `score` over the `count` sentences in `touched`) and the sentence's
 * {@link followingFlags} hold every bit of `mask` (going on in its paragraph with the kind asked for), it
 * inherits `carry` ({@link TYPED_CARRY}) of that score; for any other question, a `strong` no score reaches.
 * Plain numbers, so the ranking's hot loop tests them inline.
 */
export function typedCarry(
  follow: 'figure' | 'date' | undefined,
  score: Float64Array,
  touched: Int32Array,
  count: number,
): { mask: number; strong: number; carry: number } {
  const typed = follow === 'figure' ? GIVES_FIGURE : follow === 'date' ? GIVES_DATE : 0;
  if (typed === 0) return { mask: 0, strong: Number.POSITIVE_INFINITY, carry: 0 };
  let best = 0;
  for (let k = 0; k < count; k++) best = Math.max(best, score[touched[k] ?? 0] ?? 0);
  return { mask: FOLLOWS_IN_PARAGRAPH | typed, strong: STRONG_SHARE * best, carry: TYPED_CARRY };
}

/** The sentence right after `sentence` when it gives a quotation `sentence` introduces; `null` otherwise. */
export function quotationIntroduced(index: KnowledgeIndex, sentence: Sentence): Sentence | null {
  const at = index.sentenceIndex.get(sentence.id);
  if (at === undefined || ((index.following[at + 1] ?? 0) & QUOTES_AFTER_LEAD) === 0) return null;
  return index.sentences[at + 1] ?? null;
}
