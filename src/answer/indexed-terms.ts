/**
 * Retrieval terms as the knowledge indexes them. Sentences are indexed by their words' lemmas ("78 Apaches were
 * killed" under "kill"), but a question's terms can be words as written: a data synonym, a word vector's or
 * WordNet's nearest coverage word, a word the question tagger lemmatised otherwise than the knowledge did. The
 * coverage uses such a word, yet no sentence is indexed under it, so it retrieves nothing.
 */

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P_WORD = /^\p{L}+$/u;

/**
 * `terms` with each word no sentence is indexed under (`indexed` false) joined by the lemmas `lemmasOf` makes
 * of it that are indexed, at the word's weight (or the weight the lemma has already, if higher): "killed" at
 * 0.3 brings "kill" at 0.3. A word with several such lemmas brings each ("left": "leave" and "left" as an
 * adjective are both the index's when it holds both). Terms that are not plain words (entities, figures) are
 * kept as they are; each lemma brought in is recorded in `variants` as one of the word's. Linear in the terms.
 */
export function withIndexedLemmas(
  terms: ReadonlyMap<string, number>,
  indexed: (term: string) => boolean,
  lemmasOf: (word: string, holds: (lemma: string) => boolean) => readonly string[],
  variants?: Map<string, string>,
): Map<string, number> {
  const out = new Map(terms);
  for (const [term, weight] of terms) {
    if (indexed(term) || !P_WORD.test(term)) continue;
    for (const lemma of lemmasOf(term, indexed)) {
      out.set(lemma, Math.max(out.get(lemma) ?? 0, weight));
      if (variants && !variants.has(lemma)) variants.set(lemma, variants.get(term) ?? term);
    }
  }
  return out;
}
