/**
 * A date question's year read in a headline, and the day its article's body tells for it.
 */
import type { DateFact, Sentence } from '../knowledge/schema.ts';
import type { Context } from './handlers.ts';
import type { Understanding } from './understand.ts';

/** What lies between words, for reading a sentence's words (built once: see src/nlp/letter-tests.ts). */
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/**
 * A headline gives an event its year ("a historian on the 1881 Guadalupe Canyon ambush"); its article's body
 * tells the day ("At dawn on Aug. 13, 1881, Mexican troops opened fire…"). For a year read in a headline, the
 * best-ranked body sentence of that article with a day or month of that year gives the date instead (one
 * that speaks of the asked end of the event, `hasAspect`, when one is asked).
 */
export function toldInBody<T extends { d: DateFact; sentence: Sentence }>(
  best: T,
  ranked: ReadonlyArray<{ sentence: Sentence }>,
  index: Context['index'],
  u: Understanding,
  hasAspect: ((sentence: Sentence) => boolean) | undefined,
): T {
  if (best.sentence.kind !== 'headline' || best.d.precision !== 'year') return best;
  const year = best.d.date.slice(0, 4);
  // The event is the one the headline names: the names the question shares with it ("Guadalupe Canyon") are
  // all in the sentence, not another canyon's ambush of that summer ("Skeleton Canyon").
  const wordsOf = (text: string) => new Set(text.toLowerCase().split(NOT_WORD));
  const headline = wordsOf(best.sentence.text);
  const names = u.analysis.tokens
    .filter((t) => t.pos === 'PROPN' && headline.has(t.normal))
    .map((t) => t.normal);
  if (names.length === 0) return best;
  for (const r of ranked) {
    if (r.sentence.sourceId !== best.sentence.sourceId || r.sentence.kind === 'headline') continue;
    if (hasAspect && !hasAspect(r.sentence)) continue;
    const words = wordsOf(r.sentence.text);
    if (!names.every((w) => words.has(w))) continue;
    const finer = index.datesBySentence
      .get(r.sentence.id)
      ?.find((d) => (d.precision === 'day' || d.precision === 'month') && d.date.startsWith(year));
    if (finer) return { ...best, d: finer, sentence: r.sentence };
  }
  return best;
}
