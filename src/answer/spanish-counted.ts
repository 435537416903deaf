/**
 * The noun a Spanish count asks of ("¿cuántos asaltantes…?") when no dictionary knows it: the translation
 * keeps it as written rather than leaving it out, as it leaves out other words the lexicon lacks. Left out,
 * "¿cuántos asaltantes quedaron heridos?" read "how many were wounded?", which any figure of the wounded
 * answers (12 horses).
 */
import { foldWord } from '../nlp/pipeline.ts';
import type { SpanishDictionary } from '../nlp/spanish-dictionary.ts';
import { lexiconForms } from './spanish-forms.ts';

/** Words that ask how many of the noun after them, folded ("cuántos", "cuántas"). */
const COUNTING: ReadonlySet<string> = new Set(['cuantos', 'cuantas']);

/**
 * True when the word at `i` of `tokens` is the noun a count asks of and `dictionary` knows neither it nor a
 * form of it. A word the dictionary knows but the coverage says otherwise ("consultas") is left out as
 * before: kept too, it declined a dev question (new-articles-27 a27-070) that the rest of its words answer.
 */
export function countedUnknown(
  tokens: readonly string[],
  i: number,
  dictionary: SpanishDictionary | null,
): boolean {
  if (dictionary === null || !COUNTING.has(foldWord(tokens[i - 1] ?? ''))) return false;
  const word = tokens[i] ?? '';
  const folded = foldWord(word);
  return (
    dictionary.senses(folded) === undefined &&
    lexiconForms(word, folded).every(({ form }) => dictionary.senses(form) === undefined)
  );
}
