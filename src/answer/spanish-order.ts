/**
 * Word order, for the Spanish reader (`spanish.ts`): Spanish puts most adjectives after their noun ("el
 * general mexicano", "la marina mexicana", "bajo mandos policiales civiles"), English before it, and the
 * engine reads a role by the words before the noun ("the Mexican general"). Spanish grammar, not the domain.
 */
import { foldWord } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{L}+$/u;
const P2 = /^\p{Ll}+$/u;
const P3 = /^\p{Lu}/u;
const P4 = /^\p{Lu}\p{Ll}+$/u;

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

/**
 * True when `word` (as written) after a noun is its adjective, given `english`, the word's English or
 * `undefined`: a lower-case word with an adjective's ending whose English is one word.
 */
export function isPostposedAdjective(word: string, english: string | undefined): boolean {
  if (english === undefined || !P1.test(english) || !P2.test(word)) return false;
  const folded = foldWord(word);
  if (ADJECTIVE_ENDINGS.test(folded)) return true;
  // "Carrancista" read as the leader's name ("Carranza"): before the noun, as English writes a side.
  if (/istas?$/.test(folded) && P3.test(english)) return true;
  return SHARED_ENDINGS.test(folded) && (P3.test(english) || ENGLISH_ADJECTIVE.test(english));
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
    if (!BEFORE_NOUN.has(foldWord(before)) && !/^\d/.test(before)) continue;
    if (!P2.test(noun) || !isNoun(noun) || inPhrase(j)) continue;
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
  const folded = foldWord(article);
  const gender =
    folded === 'el' || folded === 'un' ? 'man' : folded === 'la' || folded === 'una' ? 'woman' : undefined;
  if (gender === undefined || nounFollows || foldWord(word).endsWith('s') || !P4.test(english))
    return undefined;
  return isPostposedAdjective(word, english) ? gender : undefined;
}

/** Longest country name of the peoples table, in words ("los estados unidos"). */
const MAX_COUNTRY_WORDS = 3;
/** Lower-case words a noun and its adjectives may take between a determiner and "de" ("el cónsul general"). */
const MAX_NOUN_WORDS = 3;

/**
 * The tokens with a country that follows a noun ("el cónsul general de México", "los soldados de Estados
 * Unidos") read as its people's adjective before the noun ("el Mexican cónsul general": the Mexican consul
 * general), as English coverage names a person or a body. `peoples` maps a folded country to that adjective;
 * only a noun of at most three lower-case words after a determiner, and not where a lexicon phrase takes the
 * words (`inPhrase`: "norte de México" is northern Mexico).
 */
export function peoplesFirst(
  tokens: readonly string[],
  peoples: ReadonlyMap<string, string>,
  isNoun: (token: string) => boolean,
  inPhrase: (i: number) => boolean,
): string[] {
  const out = [...tokens];
  for (let i = 2; i + 1 < out.length; i++) {
    if (foldWord(out[i] ?? '') !== 'de' || inPhrase(i)) continue;
    let length = 0;
    let people: string | undefined;
    for (let n = Math.min(MAX_COUNTRY_WORDS, out.length - i - 1); n >= 1 && people === undefined; n--) {
      people = peoples.get(
        out
          .slice(i + 1, i + 1 + n)
          .map(foldWord)
          .join(' '),
      );
      if (people !== undefined) length = n;
    }
    const next = out[i + 1 + length];
    if (people === undefined || (next !== undefined && P3.test(next))) continue;
    let start = i;
    while (start > 0 && i - start < MAX_NOUN_WORDS && P2.test(out[start - 1] ?? '')) {
      if (BEFORE_NOUN.has(foldWord(out[start - 1] ?? ''))) break;
      start--;
    }
    const determiner = foldWord(out[start - 1] ?? '');
    if (start === i || !BEFORE_NOUN.has(determiner) || !isNoun(out[start] ?? '')) continue;
    // A phrase the noun is ("las fuerzas especiales": special forces) is moved after the people with it; one
    // that takes the determiner too is left as written.
    if (inPhrase(i - 1) && inPhrase(start - 1)) continue;
    out.splice(i, 1 + length);
    out.splice(start, 0, people);
  }
  return out;
}
