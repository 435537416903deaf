/**
 * A verb of saying in its -ing form after a person who is another verb's object ("Ana Ruiz heard a woman in
 * the crowd shouting '…'", "found two children crying '…'", "pointing at a woman shouting '…'", "ran past
 * her shouting '…'"): the participle may tell what the object did, so the words are never the clause
 * subject's. They go to the object when it is a person described as "a …", else to no one.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { aPersonDescribed } from './described-goes-on.ts';
import { isPresentParticiple } from './participle-clauses.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Words at most between a verb and its object: a particle and a preposition ("pushed back", "pointing at"). */
const MAX_WORDS_BEFORE_OBJECT = 2;
/** Parts of speech of a noun phrase's words ("two children", "her son", "a woman"). */
const NOUN_PHRASE_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PRON']);
/** Pronouns that stand for no person ("it", "this"). */
const THING_PRONOUNS = new Set(['it', 'its', 'this', 'that', 'these', 'those', 'itself']);

/**
 * The object of a verb among `clause` (the tokens of the participle's clause before it, from its last comma)
 * that is a person, as its tokens: a noun phrase right after the verb or after a particle or preposition, whose head is a noun
 * for a person or a pronoun for one; `null` when no verb there has one.
 */
export function personObjectBefore(
  analysis: Analysis,
  clause: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): number[] | null {
  const lastComma = clause.findLastIndex((t) => tokenAt(analysis, t).value === ',');
  // From the participle back: "watched the boy walking toward the gate shouting", "pointing at a woman
  // shouting"; the clause's own verb ends the search ("the account that comes down to us has Harney saying").
  for (let v = clause.length - 1; v > lastComma; v--) {
    const verb = tokenAt(analysis, clause[v] ?? -1);
    if (verb.pos !== 'VERB' && verb.pos !== 'AUX') continue;
    const object = verb.pos === 'VERB' ? personObjectAfter(analysis, clause, v, isPersonNoun) : null;
    if (object) return object;
    if (!isPresentParticiple(verb)) return null;
  }
  return null;
}

/** The person who is the object of the verb at `clause[v]`, as its tokens; `null` when it has none. */
function personObjectAfter(
  analysis: Analysis,
  clause: readonly number[],
  v: number,
  isPersonNoun: (lemma: string) => boolean,
): number[] | null {
  let s = v + 1;
  while (s < clause.length && s - v - 1 < MAX_WORDS_BEFORE_OBJECT) {
    const pos = tokenAt(analysis, clause[s] ?? -1).pos;
    if (pos !== 'ADP' && pos !== 'ADV' && pos !== 'PART') break;
    s++;
  }
  let e = s;
  while (e < clause.length && NOUN_PHRASE_POS.has(tokenAt(analysis, clause[e] ?? -1).pos)) e++;
  const phrase = clause.slice(s, e);
  const head = phrase.map((t) => tokenAt(analysis, t)).findLast((t) => t.pos === 'NOUN' || t.pos === 'PRON');
  if (!head) return null;
  const person =
    head.pos === 'NOUN'
      ? isPersonNoun(head.lemma)
      : !THING_PRONOUNS.has(head.normal) && head === tokenAt(analysis, phrase.at(-1) ?? -1);
  return person ? phrase : null;
}

/**
 * The speaker of words after a participle of saying that follows a person who is another verb's object: that
 * person when described as "a …" ("a woman"), else no one (`speakerName` null); `undefined` when the
 * participle follows no such object, and the clause's subject may speak.
 */
export function speakerAfterObject(
  analysis: Analysis,
  clause: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null | undefined {
  const object = personObjectBefore(analysis, clause, isPersonNoun);
  if (!object) return undefined;
  return aPersonDescribed(analysis, object, isPersonNoun);
}
