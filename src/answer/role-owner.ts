/**
 * "Who was his second in command?": the person whose role the question asks for owns it, and never fills it.
 * A sentence that says "… led by José María Leyva, … with Simón Berthold as his second in command" gives the
 * owner through its own "his", which the knowledge already resolved to a person.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';

const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);
/** Words after the possessive read as the asked role: a noun phrase ("second in command"), at most this long. */
const MAX_ROLE_WORDS = 4;
/** Parts of speech a role's noun phrase is made of. */
const ROLE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'ADP', 'NUM', 'DET']);
const WORD = /[\p{L}\p{N}'’-]+/gu;

/** Words that do not end a role's name: "second in command at Tecate" is said as "second in command". */
const LINKING_POS: ReadonlySet<string> = new Set(['ADP', 'DET']);

/** The asked role after "his"/"her" in a question: its words as written, whether each may end it, and the possessive. */
export interface AskedRole {
  possessive: string;
  words: string[];
  mayEnd: boolean[];
}

/** The role a question asks for after "his" or "her" ("who was his second in command?"); `null` for none. */
export function askedRole(tokens: readonly Token[]): AskedRole | null {
  const at = tokens.findIndex((t) => POSSESSIVES.has(t.normal));
  if (at < 0) return null;
  const words: string[] = [];
  const mayEnd: boolean[] = [];
  for (let i = at + 1; i < tokens.length && words.length < MAX_ROLE_WORDS; i++) {
    const t = tokens[i];
    if (!t || !ROLE_POS.has(t.pos)) break;
    words.push(t.normal);
    mayEnd.push(!LINKING_POS.has(t.pos));
  }
  const possessive = tokens[at]?.normal;
  return possessive && mayEnd[0] ? { possessive, words, mayEnd } : null;
}

/**
 * The people `sentence` says own `role`: whom its "his"/"her" before the role's words (all, or the first of
 * them up to one that may end it: "second in command" for "second in command at Tecate") was resolved to.
 * Empty when the sentence does not name the role after that possessive.
 */
export function roleOwnersIn(sentence: Sentence, role: AskedRole): Set<string> {
  const words = (sentence.text.toLowerCase().match(WORD) ?? []) as string[];
  let said = false;
  for (let i = 0; i < words.length && !said; i++) {
    if (words[i] !== role.possessive) continue;
    let k = 0;
    while (k < role.words.length && words[i + 1 + k] === role.words[k]) k++;
    while (k > 0 && !role.mayEnd[k - 1]) k--;
    said = k > 0;
  }
  if (!said) return new Set();
  return new Set(
    sentence.mentions
      .filter((m) => m.via === 'pronoun' && m.text.toLowerCase() === role.possessive)
      .map((m) => m.entityId),
  );
}
