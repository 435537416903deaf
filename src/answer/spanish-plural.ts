/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{L}+$/u;
const P2 = /^\p{Lu}\p{Ll}+$/u;
/**
 * Plurals, for the Spanish reader (`spanish.ts`): a noun the lexicon holds only in the singular ("calle":
 * street) keeps the plural it was written in ("las calles": the streets), and a people's name used as a noun
 * for several people is their plural ("los gringos": the Americans). English grammar, not the domain.
 */

/** English nouns whose plural is not made with "-s". */
const IRREGULAR: Readonly<Record<string, string>> = {
  man: 'men',
  woman: 'women',
  child: 'children',
  person: 'people',
  foot: 'feet',
  mouse: 'mice',
};

/**
 * Plural articles, and the plural quantifiers that take a noun as they do, before a people's name used as a
 * noun ("los mexicanos", "¿cuántos mexicanos…?").
 */
const PLURAL_ARTICLES: ReadonlySet<string> = new Set([
  'los',
  'las',
  'unos',
  'unas',
  'cuántos',
  'cuántas',
  'cuantos',
  'cuantas',
]);

/** Endings of a verb's third person plural ("cruzaron", "querían", "pueden"): no plural noun ends so. */
const PLURAL_VERB = /\p{L}{2}(?:ron|[aeií]an|[ae]n)$/u;

/**
 * The plural of a one-word English noun ("street" → streets, "city" → cities, "box" → boxes, "man" → men);
 * `undefined` for a phrase or a word that already ends as a plural.
 */
export function englishPlural(noun: string): string | undefined {
  if (!P1.test(noun) || /(?:[^s]s|ese)$/.test(noun)) return undefined;
  // A people's name in "-ch" or "-sh" is its own plural ("los franceses": the French, "los irlandeses").
  if (P2.test(noun) && /(?:ch|sh)$/.test(noun)) return undefined;
  const irregular = IRREGULAR[noun.toLowerCase()];
  if (irregular !== undefined)
    return noun[0] === noun[0]?.toUpperCase() ? noun[0] + irregular.slice(1) : irregular;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * The plural of a people's name Spanish uses as a noun for several people after a plural article ("los
 * gringos", "las hondureñas": the Americans, the Hondurans), given `word` as written, its English `english`
 * (a capitalised word), whether a noun follows it (`nounFollows`: "los soldados mexicanos", read "los mexicanos
 * soldados", is an adjective) and the word after it, `next`: a verb in the plural ("los mexicanos cruzaron")
 * is no noun. Else `undefined`.
 */
export function peopleAsNoun(
  article: string,
  word: string,
  english: string,
  nounFollows: boolean,
  next: string,
): string | undefined {
  const verbFollows = PLURAL_VERB.test(next.toLowerCase());
  if (!PLURAL_ARTICLES.has(article.toLowerCase()) || (nounFollows && !verbFollows) || !/s$/i.test(word))
    return undefined;
  if (!P2.test(english)) return undefined;
  return englishPlural(english);
}
