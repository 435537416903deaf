/**
 * A noun for someone by what they do ("keeper", "seller", "teacher") and the act the coverage says of them
 * right after their name: "the museum keeper" is the person of whom the article writes "In a two-room museum
 * near the plaza, Arturo Flores Treviño keeps a photograph", as "the store owner" is "Abe Weinberg, who owns
 * the store"; and the nouns for a doer of an asked verb, by English morphology and WordNet's derivations. No
 * word of any article here.
 */

import type { WordNet } from '../nlp/wordnet.ts';
import { singularOf } from '../nlp/singular.ts';
import { namesADoer } from './said-in-other-words.ts';

/** The ending of a noun for the one an act is done to ("employee", "detainees"). */
const PATIENT_ENDING = /ees?$/u;
/** Agent endings a noun for a doer adds to its verb. */
const AGENT_ENDING = /^(\p{L}{3,}?)(?:er|or)$/u;
/** Who-clause words between a name and its verb: ", who keeps", ", who has kept". */
const BEFORE_ACT = /^\s*(?:,\s*who\s+(?:has\s+|had\s+)?)?/iu;
/** The word after a name (and a who-clause's opening), in lower case. */
const NEXT_WORD = /^([\p{Ll}]+)\b/u;

/**
 * The regular forms of the verb a noun for a doer is made from, as a sentence writes it after its subject:
 * "keeper" → keep, keeps, keeped…; "writer" → write, writes…; "runner" → run, runs… (irregular past forms,
 * "kept", "sold", are not made). `[]` for a noun with no agent ending.
 */
export function actFormsOf(noun: string): string[] {
  const stem = AGENT_ENDING.exec(noun.toLowerCase())?.[1];
  if (!stem) return [];
  // "runner" → run; "writer" → write; "owner" → own.
  const bases = new Set([stem, `${stem}e`]);
  if (/(\p{L})\1$/u.test(stem)) bases.add(stem.slice(0, -1));
  return [...bases].flatMap((b) => [b, `${b}s`, `${b}es`, `${b}ed`, `${b}d`]);
}

/**
 * The word a sentence writes right after `name` (past ", who" or ", who has"), in lower case: the act it
 * says the person does when it is a verb; `null` when the name is not in the sentence or nothing lower-case
 * follows it.
 */
export function wordAfterName(text: string, name: string): string | null {
  const at = text.indexOf(name);
  if (at < 0 || name.length === 0) return null;
  const rest = text.slice(at + name.length).replace(BEFORE_ACT, '');
  return NEXT_WORD.exec(rest)?.[1] ?? null;
}

/**
 * The nouns for a doer English makes from a verb ("command" → commander, "write" → writer, "govern" →
 * governor), as candidates: a word no article holds is simply never found. `[]` for a verb of two letters.
 */
export function agentNounsOf(verb: string): string[] {
  const v = verb.toLowerCase();
  if (v.length < 3) return [];
  return v.endsWith('e') ? [`${v}r`, `${v.slice(0, -1)}or`] : [`${v}er`, `${v}or`];
}

/**
 * The nouns of {@link agentNounsOf} and their plurals ("organizer", "organizers"), as a sentence's lemmas may
 * hold them: the lemmatiser leaves a capitalised plural as written ("Organizers Jim Gilchrist and Chris
 * Simcox").
 */
export function agentNounFormsOf(verb: string): string[] {
  return agentNounsOf(verb).flatMap((n) => [n, `${n}s`]);
}

/**
 * True when `noun` (a lemma, or a plural the lemmatiser kept) names one who does `verb`: a noun English makes
 * from it ({@link agentNounFormsOf}), or one WordNet forms from it that is a kind of doer ("preside" →
 * president, "command" → commandant), in a first sense of each.
 */
export function namesDoerOf(wordnet: WordNet | null | undefined, verb: string, noun: string): boolean {
  if (agentNounFormsOf(verb).includes(noun)) return true;
  // "Employee", "detainee": English's "-ee" names the one the act is done to, whom WordNet forms alike.
  if (!wordnet || PATIENT_ENDING.test(noun)) return false;
  const one = singularOf(noun, { es: true, longerThan: 3 });
  return [noun, one].some((n) => wordnet.derived(verb, n) && namesADoer(wordnet, n));
}
