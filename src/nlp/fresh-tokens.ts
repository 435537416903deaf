/**
 * Tokens that do not depend on what the process read before. wink-nlp's tokeniser splits a word by whether
 * its lexeme cache holds it (tokenizer.js, recursive-tokenizer.js: `_addTokenIfInCache`, `isLexeme`), and the
 * cache keeps every word any document of the instance added: once "…the length of New Mexico's." has been
 * read, "Mexico's" stays one token for the rest of the process, where a fresh model splits "Mexico" and "'s".
 * So a question's tokens depended on the questions answered before it, and an article's on the articles (and
 * the paragraphs of itself) read before it. Here the tokeniser's look-ups see the model's own lexicon only:
 * a word the cache learnt from text reads as unknown to them, as on a freshly loaded model, while the cache
 * keeps it (its id, features and our remembered lexemes stay the same for the process).
 */

/** What wink-nlp's lexeme cache (src/cache.js) offers that is used here. */
export interface WinkLexemeCache {
  /** The word's id (or a contraction's expansions), null when the cache does not hold it. */
  lookup(text: string): number[] | null;
  /** Adds the word (if new) and returns its id; the model's feature functions look words up meanwhile. */
  add(text: string, category: number): number;
  /** The number of words in the model's own lexicon: ids from here on were learnt from text. */
  intrinsicSize(): number;
}

const patched = new WeakSet<WinkLexemeCache>();

/**
 * Makes the cache's `lookup`, as wink's tokeniser calls it, answer null for a word learnt from text. Inside
 * `add` it answers as before: the model's part-of-speech feature looks up the lower-case form just added.
 * Patching a cache twice does nothing.
 */
export function tokeniseAsFresh(cache: WinkLexemeCache): void {
  if (patched.has(cache)) return;
  patched.add(cache);
  const lookup = cache.lookup;
  const add = cache.add;
  const learntFrom = cache.intrinsicSize();
  let adding = 0;
  cache.add = (text, category) => {
    adding++;
    try {
      return add(text, category);
    } finally {
      adding--;
    }
  };
  cache.lookup = (text) => {
    const found = lookup(text);
    if (adding > 0 || found === null || found.length !== 1) return found;
    return (found[0] as number) < learntFrom ? found : null;
  };
}
