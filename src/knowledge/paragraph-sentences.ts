/** An article's sentences by paragraph, and the one holding a token: shared by the readers of unnamed people. */
import { lowerBound } from '../nlp/pipeline.ts';
import type { WorkingSentence } from './working.ts';

/** The sentences of each paragraph, in order, by paragraph number. */
export function sentencesByParagraph(sentences: readonly WorkingSentence[]): Map<number, WorkingSentence[]> {
  const byParagraph = new Map<number, WorkingSentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  return byParagraph;
}

/**
 * The sentence of a paragraph (its sentences in order) holding token `t`, by binary search: a paragraph may
 * hold thousands of unnamed people, and a scan of its sentences for each was quadratic in the paragraph.
 */
export function sentenceHolding(
  sentences: readonly WorkingSentence[],
  t: number,
): WorkingSentence | undefined {
  const s = sentences[lowerBound(0, sentences.length, (k) => (sentences[k]?.tokenEnd ?? 0) <= t)];
  return s && s.tokenStart <= t && t < s.tokenEnd ? s : undefined;
}
