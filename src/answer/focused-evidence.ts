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

/** Sentences of a piece of evidence weighed at most: a run is looked for among its opening sentences only. */
const MAX_SENTENCES = 400;

/** Indexes into `stems` of those the words of `text` open with. */
function stemsHit(text: string, stems: readonly string[]): number[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  const hit: number[] = [];
  stems.forEach((s, i) => {
    if (words.some((w) => w.startsWith(s))) hit.push(i);
  });
  return hit;
}

/**
 * `text` shown as its opening sentence, which says where and when the words stand, then "…" and the run of
 * its later sentences, within `max` characters in all, that holds the most of the question's `content`
 * lemmas. As it is when that run holds no more of them than the sentences right after the opening, when it
 * fits, or when its opening sentence takes half the room or more. Each run is read as a window sliding over
 * the sentences (each sentence's lemmas found once), so a long quotation costs time in step with its length.
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
  const weighed = Math.min(sentences.length, MAX_SENTENCES);
  const lengths = sentences.slice(0, weighed).map((s) => s.length);
  const hitsOf = sentences.slice(0, weighed).map((s) => stemsHit(s, stems));
  // The window is sentences [from, to): as long a run from `from` as fits the room, one sentence at least.
  const count = new Array<number>(stems.length).fill(0);
  let held = 0;
  let to = 1;
  let length = 0;
  const add = (k: number, step: 1 | -1) => {
    for (const i of hitsOf[k] ?? []) {
      const before = count[i] ?? 0;
      count[i] = before + step;
      if (before === 0 && step === 1) held++;
      else if (before === 1 && step === -1) held--;
    }
  };
  let best = { from: 1, to: 1, score: -1 };
  for (let from = 1; from < weighed; from++) {
    if (to <= from) {
      to = from + 1;
      length = lengths[from] ?? 0;
      add(from, 1);
    }
    while (to < weighed && length + 1 + (lengths[to] ?? 0) <= room) {
      length += 1 + (lengths[to] ?? 0);
      add(to, 1);
      to++;
    }
    if (held > best.score) best = { from, to, score: held };
    add(from, -1);
    length -= (lengths[from] ?? 0) + 1;
  }
  return best.from === 1 ? text : `${head} … ${sentences.slice(best.from, best.to).join(' ')}`;
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
