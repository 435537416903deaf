/**
 * Counts of people asked of a whole the coverage gives the size of: "how many men did Trías have in the
 * garrison?" is answered by "a garrison of about 800", whose figure counts the garrison's members (read in
 * src/knowledge/counted-whole.ts), though it never says "men".
 */
import type { NumberFact, Sentence } from '../knowledge/schema.ts';

/** The words a sentence gives a whole's size in ("garrison of about 800"); `null` when it writes no such phrase. */
export function wholePhrase(n: Pick<NumberFact, 'counts' | 'text'>, sentence: Sentence): string | null {
  if (n.counts === '' || n.counts.includes(' ')) return null;
  const phrase = `${n.counts} of ${n.text}`;
  return sentence.text.includes(phrase) ? phrase : null;
}

/**
 * True when a figure giving the size of a whole answers a count of people the question asks of that whole: the
 * question's counted noun names people (`head`), its words name the whole, and the figure's sentence writes the
 * whole "of" the figure.
 */
export function countsWholeAsked(
  n: NumberFact,
  sentence: Sentence,
  head: string,
  content: readonly string[],
  namesPeople: (lemma: string) => boolean,
): boolean {
  return (
    n.countsLemma !== head &&
    content.includes(n.countsLemma) &&
    namesPeople(head) &&
    !namesPeople(n.countsLemma) &&
    wholePhrase(n, sentence) !== null
  );
}
