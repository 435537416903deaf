/**
 * A long piece of evidence shown around what was asked. A letter or a speech printed in quotation marks keeps
 * a whole paragraph as one quotation, and the reply cuts it to its opening words; the words that answer may
 * stand at its end ("… he gave strict orders that no private property should be touched, and none was").
 * Such evidence is shown as its opening sentence and the run of its sentences that holds most of the
 * question's words.
 */
import type { Evidence } from './types.ts';

/** Characters of evidence the reply shows at most (render.ts cuts longer evidence to its head). */
export const FOCUS_CHARS = 420;
/** Letters of a question's lemma a word must open with to count as it ("soldier" in "soldiers"). */
const STEM_LETTERS = 5;
/** Lemmas shorter than this are not looked for: too many words open with them. */
const MIN_LEMMA_LETTERS = 3;
/** A sentence's end inside evidence: a full stop, cry or question, a closing mark perhaps, then a space. */
const SENTENCE_END = /(?<=[.!?]["”’']?)\s+(?=["“‘']?\p{Lu})/u;
/** Letters of a word, for matching. */
const WORD = /\p{L}+/gu;

/** How many of the `stems` the words of `text` open with. */
function hits(text: string, stems: readonly string[]): number {
  const words = text.toLowerCase().match(WORD) ?? [];
  return stems.filter((s) => words.some((w) => w.startsWith(s))).length;
}

/**
 * `text` shown as its opening sentence, which says where and when the words stand, then "…" and the run of
 * its later sentences, within `max` characters in all, that holds the most of the question's `content`
 * lemmas. As it is when that run holds no more of them than the sentences right after the opening, when it
 * fits, or when its opening sentence takes half the room or more.
 */
export function focusedText(text: string, content: readonly string[], max: number = FOCUS_CHARS): string {
  if (text.length <= max) return text;
  const stems = [
    ...new Set(
      content.filter((c) => c.length >= MIN_LEMMA_LETTERS).map((c) => c.toLowerCase().slice(0, STEM_LETTERS)),
    ),
  ];
  const sentences = text.split(SENTENCE_END);
  const head = sentences[0] ?? '';
  if (stems.length === 0 || sentences.length < 3 || head.length * 2 >= max) return text;
  const room = max - head.length - ' … '.length;
  let best = { from: 1, score: -1 };
  for (let from = 1; from < sentences.length; from++) {
    let run = sentences[from] ?? '';
    for (
      let to = from + 1;
      to < sentences.length && run.length + 1 + (sentences[to]?.length ?? 0) <= room;
      to++
    )
      run += ` ${sentences[to] ?? ''}`;
    const score = hits(run, stems);
    if (score > best.score) best = { from, score };
  }
  return best.from === 1 ? text : `${head} … ${sentences.slice(best.from).join(' ')}`;
}

/** Evidence that opens on a quotation mark: words printed in quotation marks, kept whole as one unit. */
const OPENS_QUOTED = /^\s*["“‘']/u;

/**
 * `evidence` with each long quotation, or sentence printed in quotation marks, cut to its run of sentences
 * about the question ({@link focusedText}). A sentence of the article's own is left as it is: it is long only
 * when it is one sentence.
 */
export function focusedEvidence(evidence: readonly Evidence[], content: readonly string[]): Evidence[] {
  return evidence.map((e) => {
    if (e.kind !== 'quote' && !OPENS_QUOTED.test(e.text)) return e;
    const text = focusedText(e.text, content);
    return text === e.text ? e : { ...e, text };
  });
}
