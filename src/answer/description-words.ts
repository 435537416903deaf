/**
 * The words of a person's description and titles as described.ts reads them: their words, the noun they head
 * with, a noun of a kind of person after an article, and the gender their gendered nouns imply.
 */

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P3 = /[^\p{L}]+/gu;
const P4 =
  /^(?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?([\p{L}-]+)(?=\s+(?:of|at|in|for|from|with|on|near|who|whose|which|that)\b|\s*,|\s*$)/iu;
const P5 =
  /^(?!(?:who|whose|which|that)\b)(?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,8}?([\p{L}-]+)(?=\s+(?:of|at|in|for|from|with|on|near|who|whose|which|that)\b|\s*,|\s*$)/iu;
const P6 = /[^\p{L}\p{N}-]+/u;

/** A noun after an article and at most two words ("a distant relative", "the widow"), ending a phrase. */
export const ARTICLE_NOUN =
  /\b(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}-]+)(?=\s+(?:of|at|in|for|from|with|on|who|whose|which|that)\b|\s*[,;.]|\s*$)/giu;

/** A noun that names a person, and the gender it implies (`null`: either). */
export type PersonHeads = ReadonlyMap<string, 'male' | 'female' | null>;

/** Words after which a noun is someone else's ("Reyna's mother", "whose son"), not what the person is. */
const POSSESSIVE = /(?:['’]s|\b(?:his|her|their|whose|its))$/i;

/** The gender the gendered nouns of a description agree on ("spokeswoman"), or `null` (none, or both). */
export function impliedGender(describing: string, heads: PersonHeads): 'male' | 'female' | null {
  const found = new Set<'male' | 'female'>();
  const tokens = describing.split(/\s+/);
  tokens.forEach((token, i) => {
    const gender = heads.get(token.toLowerCase().replace(P3, ''));
    if (gender && !POSSESSIVE.test(tokens[i - 1] ?? '')) found.add(gender);
  });
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * The noun a description or title heads with: the last word before what qualifies it ("director" of "director
 * of the Fort Bliss Museum", "driver" of "a taxi driver in the Tierra Blanca neighborhood"); none for one that
 * opens with a clause ("whose district includes…").
 */
export const DESCRIPTION_HEAD = P4;

/**
 * {@link DESCRIPTION_HEAD} past up to eight words before the head, up to the description's first
 * qualifier: "officer" of "a retired Air Force intelligence officer who flew on RC-135s in the 1990s"; none for
 * one that opens with a clause ("who sells burritos from a cart" heads with no noun of what she is).
 */
export const DESCRIPTION_HEAD_ANY_LENGTH = P5;

/** The words of a description, title or name of three letters or more, without a possessive's ending. */
export function describingWords(text: string): string[] {
  return text
    .replace(/['’]s\b/g, '')
    .split(P6)
    .filter((w) => w.length >= 3);
}
