/**
 * Word order, for the Spanish reader (`spanish.ts`): Spanish puts most adjectives after their noun ("el
 * general mexicano", "la marina mexicana", "bajo mandos policiales civiles"), English before it, and the
 * engine reads a role by the words before the noun ("the Mexican general"). Spanish grammar, not the domain.
 */

/**
 * Endings (folded) that, on a word after a noun, are an adjective's in practice ("policiales", "federal",
 * "civiles", "públicos"): such a word is read as the noun's adjective.
 */
const ADJECTIVE_ENDINGS = /(?:enses?|al|ales|iles|izos?|izas?|icos?|icas?|ivos?|ivas?|osos?|osas?)$/;
/**
 * Endings (folded) adjectives share with common nouns ("hermano", "militar"): such a word is read
 * as an adjective only when its English is a name of a people ("mexicano": Mexican; Spanish writes them in
 * lower case) or ends as an English adjective ("nacional": national, "militar": military).
 */
const SHARED_ENDINGS = /(?:anos?|anas?|enos?|enas?|ares|ar|il)$/;
/** Endings of English adjectives, for {@link SHARED_ENDINGS}. */
const ENGLISH_ADJECTIVE = /(?:al|ary|ic|ive|ous|an|ese|ish|ile)$/;
/**
 * Words after which a noun starts: articles, determiners, prepositions and quantities ("la marina
 * mexicana", "de defensa nacional", "cuántos soldados hondureños"). Elsewhere a word ending as an adjective
 * may be said of a verb's subject ("fue militar").
 */
const BEFORE_NOUN: ReadonlySet<string> = new Set([
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'unos',
  'unas',
  'del',
  'al',
  'de',
  'en',
  'a',
  'con',
  'por',
  'para',
  'sin',
  'sobre',
  'bajo',
  'entre',
  'contra',
  'su',
  'sus',
  'este',
  'esta',
  'estos',
  'estas',
  'ese',
  'esa',
  'esos',
  'esas',
  'cuantos',
  'cuantas',
  'muchos',
  'muchas',
  'varios',
  'varias',
  'otro',
  'otra',
  'otros',
  'otras',
]);

function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * True when `word` (as written) after a noun is its adjective, given `english`, the word's English or
 * `undefined`: a lower-case word with an adjective's ending whose English is one word.
 */
export function isPostposedAdjective(word: string, english: string | undefined): boolean {
  if (english === undefined || !/^\p{L}+$/u.test(english) || !/^\p{Ll}+$/u.test(word)) return false;
  const folded = fold(word);
  if (ADJECTIVE_ENDINGS.test(folded)) return true;
  return SHARED_ENDINGS.test(folded) && (/^\p{Lu}/u.test(english) || ENGLISH_ADJECTIVE.test(english));
}

/**
 * The tokens with each noun's adjectives before it, in English order ("la marina mexicana" → la mexicana
 * marina; "mandos policiales civiles" → civiles policiales mandos): for a lower-case noun after an article,
 * determiner, preposition or number, followed by words `isAdjective` accepts. `inPhrase` tells whether a
 * lexicon phrase takes a token ("guardia nacional" is read as its phrase, not reordered).
 */
export function adjectivesFirst(
  tokens: readonly string[],
  isNoun: (token: string) => boolean,
  isAdjective: (token: string) => boolean,
  inPhrase: (i: number) => boolean,
): string[] {
  const out = [...tokens];
  for (let j = 1; j + 1 < out.length; j++) {
    const before = out[j - 1] ?? '';
    const noun = out[j] ?? '';
    if (!BEFORE_NOUN.has(fold(before)) && !/^\d/.test(before)) continue;
    if (!/^\p{Ll}+$/u.test(noun) || !isNoun(noun) || inPhrase(j)) continue;
    let end = j + 1;
    while (end < out.length && isAdjective(out[end] ?? '') && !inPhrase(end)) end++;
    if (end === j + 1) continue;
    const adjectives = out.slice(j + 1, end).reverse();
    out.splice(j, end - j, ...adjectives, noun);
    j = end - 1;
  }
  return out;
}

/**
 * A people's adjective Spanish uses alone as a noun for one person ("el venezolano del campamento": the
 * Venezuelan man; "la hondureña": the Honduran woman): "man" or "woman" by the article before it, when
 * `word` (as written, singular) is such an adjective with the English `english` (a capitalised word) and
 * no noun follows it (`nounFollows`); else `undefined`.
 */
export function personOfPeople(
  article: string,
  word: string,
  english: string,
  nounFollows: boolean,
): 'man' | 'woman' | undefined {
  const folded = fold(article);
  const gender =
    folded === 'el' || folded === 'un' ? 'man' : folded === 'la' || folded === 'una' ? 'woman' : undefined;
  if (gender === undefined || nounFollows || fold(word).endsWith('s') || !/^\p{Lu}\p{Ll}+$/u.test(english))
    return undefined;
  return isPostposedAdjective(word, english) ? gender : undefined;
}
