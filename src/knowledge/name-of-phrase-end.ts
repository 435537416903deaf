/**
 * "A lawyer who represented the former mayor, Eddie Espinoza, said…": a name set off by commas after a phrase
 * whose words end in another person ("the former mayor", "his brother", "the mayor's brother") is that
 * person's, not the phrase head's. Only a phrase whose last words are the head's own ("A retired Army colonel,
 * X,") or say what the head is ("who sailed on her as a junior officer, X,", "who became a nurse, X,") gives
 * the head's role to the name. A plural ("who commanded the soldiers, X,") names no one person.
 */
import type { Token } from '../nlp/pipeline.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';

/** Words that open a phrase naming a person of its own: "the former mayor", "his brother", "their pastor". */
const OWNING_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
  'my',
  'our',
  'your',
]);
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/**
 * Verbs whose "a"/"an" after them says what the subject is ("who became a nurse", "who remained a
 * sergeant"), not someone else: a closed class of copular verbs ("is a", "was a" are auxiliaries).
 */
const COPULAR_LEMMAS: ReadonlySet<string> = new Set(['become', 'remain', 'be']);
/** Words at most between the determiner and the noun ("the former longtime mayor"). */
const MAX_MODIFIERS = 4;
/** Parts of speech of the words between a determiner and its noun. */
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);

/**
 * True when the words before the comma that sets off the name at token `nameStart` end in a phrase naming a
 * person of its own: a singular noun for a person (`isPersonNoun`) after "the", a possessive ("his", "the
 * mayor's"), or "a"/"an" inside a clause ("who represented a former mayor"). "as a junior officer" and "became
 * a nurse" say what the subject is, and an article opening the sentence opens the head's own phrase: neither
 * owns the name.
 */
export function nameOwnedByPhraseEnd(
  tokens: readonly Token[],
  nameStart: number,
  isPersonNoun: (lemma: string) => boolean,
): boolean {
  const noun = tokens[nameStart - 2];
  return noun !== undefined && isPersonNoun(noun.lemma) && nameOfPhraseEnd(tokens, nameStart);
}

/**
 * True when the words before the comma that sets off the name at token `nameStart` end in a phrase of their
 * own that the name may be: a singular lower-case noun, of a person or not, after "the", a possessive, or
 * "a"/"an" inside a clause ("who lives in the border city, Ciudad Juárez,", "who served at the base, Fort
 * Bliss,"). The name is then that phrase's, not the head's before it.
 */
export function nameOfPhraseEnd(tokens: readonly Token[], nameStart: number): boolean {
  if (tokens[nameStart - 1]?.value !== ',') return false;
  const noun = tokens[nameStart - 2];
  // "the soldiers": a plural (its lemma not its form) names no one the name could be.
  if (!noun || noun.pos !== 'NOUN' || !isWrittenLowerCase(noun.value) || noun.lemma !== noun.normal)
    return false;
  for (let k = nameStart - 3; k >= 0 && nameStart - 3 - k <= MAX_MODIFIERS; k--) {
    const t = tokens[k] as Token;
    if (OWNING_DETERMINERS.has(t.normal) || isPossessiveEnding(t.normal)) return true;
    if (INDEFINITE_ARTICLES.has(t.normal)) {
      const before = tokens[k - 1];
      return (
        before !== undefined &&
        (before.pos === 'ADP' || before.pos === 'VERB') &&
        before.normal !== 'as' &&
        !COPULAR_LEMMAS.has(before.lemma)
      );
    }
    if (!MODIFIER_POS.has(t.pos)) return false;
  }
  return false;
}
