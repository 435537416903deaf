/**
 * The noun whose name a question asks by "the name of …" or "the title of …" when the phrase after "of" is no
 * plain "the <noun>": an owner before it ("the name of de la Huerta's wife"), adjectives ("the title of the
 * English edition of Villarreal's book"). English grammar: the wh-phrase's object is a noun of naming, and
 * the head of its "of" complement (the last noun of that phrase, after any possessive; a further "of" phrase
 * only says whose) is the thing named. Read from the question's tokens alone.
 */
import type { Token } from '../nlp/pipeline.ts';

/** Nouns that ask what something is called: a closed class of English words for a name. */
const NAMING_NOUNS: ReadonlySet<string> = new Set(['name', 'title', 'nickname']);
/** Parts of speech a noun phrase is made of ("the", "English", "de", "la", "Huerta", "'s", "three"). */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM', 'X']);
/** Words between "what" and the naming noun ("what was the", "what's the"). */
const WH_POS: ReadonlySet<string> = new Set(['AUX', 'DET', 'PART']);
/** How many words back from the naming noun "what" is looked for, and how long the named phrase may be. */
const WH_REACH = 4;
const PHRASE_REACH = 8;

/** The lemma of the noun whose name is asked ("wife", "edition"), or `null` when no name is asked so. */
export function nounNameAsked(tokens: readonly Token[]): string | null {
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i];
    if (!t || t.pos !== 'NOUN' || !NAMING_NOUNS.has(t.lemma) || tokens[i + 1]?.normal !== 'of') continue;
    let k = i - 1;
    while (k > 0 && i - k < WH_REACH && WH_POS.has(tokens[k]?.pos ?? '')) k--;
    if (tokens[k]?.normal !== 'what') continue;
    let head: string | null = null;
    for (let j = i + 2; j < tokens.length && j < i + 2 + PHRASE_REACH; j++) {
      const w = tokens[j];
      if (!w || !PHRASE_POS.has(w.pos)) break;
      if (w.pos === 'PART') head = null;
      else if (w.pos === 'NOUN') head = w.lemma;
    }
    return head;
  }
  return null;
}

/** Possessive pronouns that ask the name of a person or people: "what were their names?". */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** Words between the owner and "name" ("Marcos's **real** name", "her **full** name"). */
const NAME_ADJECTIVE_REACH = 2;

/**
 * The owner of a name a question asks by a possessive: "what is Subcomandante Marcos's real name?" (where
 * the token before "'s" stands), "what were their names?" (a pronoun); `null` when no name is asked so. The
 * name is the owner's own, given by the evidence only as a person's name: English grammar, read from the
 * question's tokens alone.
 */
export function ownerOfNameAsked(tokens: readonly Token[]): { at: number; pronoun: boolean } | null {
  const at = tokens.findIndex((t) => t.pos === 'NOUN' && t.lemma === 'name');
  if (at < 0 || tokens[at + 1]?.normal === 'of') return null;
  let k = at - 1;
  while (k > 0 && at - k <= NAME_ADJECTIVE_REACH && tokens[k]?.pos === 'ADJ') k--;
  const owner = tokens[k];
  if (!owner) return null;
  const pronoun = OWNER_PRONOUNS.has(owner.normal);
  const possessive = owner.normal === "'s" || owner.normal === "'";
  if ((!pronoun && !possessive) || !tokens.slice(0, k).some((t) => t.normal === 'what')) return null;
  return { at: pronoun ? k : k - 1, pronoun };
}
