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
  /** The number of words in the model's own lexicon: ids from here on were learnt from text. */
  intrinsicSize(): number;
}

const NO_WORD = /(?!)/;
/**
 * Answers remembered before the memory starts again (each can be asked of wink anew): the texts a process
 * meets that are no words grow with what it reads, where the words it learns are bounded by the language.
 */
const MAX_REMEMBERED_ANSWERS = 500_000;

/** Each patched cache's methods as wink built them. */
const unpatched = new WeakMap<object, WinkLexemeCache>();

/**
 * Makes the cache's `lookup`, as wink's tokeniser calls it, answer null for a word learnt from text, unless
 * the word is `plainWord`: a word the tokeniser's first category reads as a word, which it keeps whole in
 * every branch whether the cache holds it or not, so answering for it only spares the tokeniser's detour.
 * Patching a cache twice does nothing.
 */
export function tokeniseAsFresh(cache: WinkLexemeCache, plainWord: RegExp = NO_WORD): void {
  if (unpatched.has(cache)) return;
  const original = Object.assign(Object.create(null) as object, cache) as WinkLexemeCache;
  unpatched.set(cache, original);
  const lookup = original.lookup;
  const learntFrom = cache.intrinsicSize();
  // Each answer given for a word the cache holds, by the word: a held word keeps its id (and a contraction
  // its expansions) for the life of the cache, so its answer never changes, and the tokeniser asks for the
  // same words again and again. One map look-up then spares wink's (which makes a new list each time) and the
  // pattern test. A text the cache does not hold and that is no plain word ("border," before it is split) is
  // answered null for good: were it learnt later, it would be a learnt word that is no plain word, answered
  // null too. The tokeniser asks for such a text first each time it meets one, and wink's look-up of it cost
  // as much as the map's. A plain word the cache does not hold is asked of wink each time: it may be learnt.
  const answers = new Map<string, number[] | null>();
  cache.lookup = (text) => {
    const known = answers.get(text);
    if (known !== undefined) return known;
    const found = lookup(text);
    const answer =
      found === null
        ? plainWord.test(text)
          ? undefined
          : null
        : found.length === 1 && (found[0] as number) >= learntFrom && !plainWord.test(text)
          ? null
          : found;
    if (answer === undefined) return null;
    if (answers.size >= MAX_REMEMBERED_ANSWERS) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}

/**
 * The cache with the methods wink built it with: the model's part-of-speech feature, run as a word is added,
 * looks up the word's lower-case form, which the cache has just learnt.
 */
export function asBuilt<T extends object>(cache: T): T {
  return (unpatched.get(cache) as T | undefined) ?? cache;
}
