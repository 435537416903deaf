/**
 * A role written without an article straight before a name ("lime grower Ezequiel Bautista", "nurse Ana
 * Ruiz"): the words are that person's description. Read the other way round, the words after a comma are no
 * apposition of a name before them ("On Avenida Constitución, lime grower Ezequiel Bautista, 58, watched"
 * does not make the avenue a lime grower): a description that holds a full name is that person's.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}\p{Ll}/u;

/** Words at most of an unarticled role before a name ("retired lime grower"). */
const MAX_ROLE_WORDS = 3;
/** Words a full name has at least: one capitalised word may be a place or a body's ("Pemex engineer"). */
const MIN_NAME_WORDS = 2;
const ROLE_POS = new Set(['NOUN', 'ADJ']);

/**
 * The lower-case role words right before the name starting at token `nameStart`, opening after a comma or
 * at the sentence's start, the last a noun for a person ("lime grower"); `null` for any other words there.
 */
export function roleWordsBeforeName(
  analysis: Analysis,
  nameStart: number,
  isPersonNoun: (lemma: string) => boolean,
): string | null {
  const tokens = analysis.tokens;
  const head = tokens[nameStart - 1];
  if (!head || head.pos !== 'NOUN' || !isWrittenLowerCase(head.value) || !isPersonNoun(head.lemma))
    return null;
  for (let k = nameStart - 2; k >= nameStart - 1 - MAX_ROLE_WORDS; k--) {
    const t = tokens[k];
    if (!t || t.value === ',' || /^[.!?;:"“”—–]$/.test(t.value)) {
      const first = tokens[k + 1];
      return first ? analysis.text.slice(first.start, head.end) : null;
    }
    if (!ROLE_POS.has(t.pos) || !isWrittenLowerCase(t.value)) return null;
  }
  return null;
}

/**
 * True when the words from token `from` to `to` (an apposition after a name) are nothing but a role written
 * without an article, up to {@link MAX_ROLE_WORDS} words, and a full name of {@link MIN_NAME_WORDS}
 * capitalised words or more ("lime grower Ezequiel Bautista"): they introduce that person, not describe the
 * name before the comma.
 */
export function holdsNamedRole(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && k - from < MAX_ROLE_WORDS && isRoleWord(tokens[k])) k++;
  if (k === from || tokens[k - 1]?.pos !== 'NOUN' || to - k < MIN_NAME_WORDS) return false;
  return tokens.slice(k, to).every((t) => t.pos === 'PROPN' && P1.test(t.value));
}

/** A lower-case noun or adjective, as the words of a role written before a name are ("lime", "grower"). */
function isRoleWord(t: Token | undefined): boolean {
  return t !== undefined && ROLE_POS.has(t.pos) && isWrittenLowerCase(t.value);
}
