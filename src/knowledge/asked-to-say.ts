/**
 * A verb of saying in an infinitive after someone asked, told or urged to say the words ("The network asked
 * the department to respond 'with documents'", "She told them to say '…'"): the one asked has not said them;
 * the verb before, whose subject asks, hands them over.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/** Parts of speech of the word ending the one asked ("the department", "Congress", "them"). */
const ASKED_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** Tokens at most of the one asked between the verb that asks and "to" ("the Department of Homeland Security"). */
const MAX_ASKED_TOKENS = 6;
/**
 * Verbs whose object is asked or told to say the words ("asked the department to respond"): a closed class of
 * the language. Any other verb before the object makes "to say" a purpose ("took to Twitter to say", "used his
 * press conference to say"): the subject says the words.
 */
const ASKING_LEMMAS: ReadonlySet<string> = new Set([
  'ask',
  'tell',
  'urge',
  'invite',
  'request',
  'press',
  'beg',
  'implore',
  'challenge',
  'dare',
  'encourage',
  'order',
  'instruct',
  'direct',
  'call',
  'want',
  'expect',
  'need',
  'force',
  'pressure',
  'allow',
]);

/**
 * True when the verb at index `k` of `before` follows "to" after a noun phrase that a verb before it takes
 * as its object: "asked the department to respond", not "went on to say" or "declined to say".
 */
export function sayingAskedOfAnother(analysis: Analysis, before: readonly number[], k: number): boolean {
  const to = before[k - 1];
  if (to === undefined || tokenAt(analysis, to).normal !== 'to' || tokenAt(analysis, to).pos !== 'PART')
    return false;
  const asked = before[k - 2];
  if (asked === undefined || !ASKED_POS.has(tokenAt(analysis, asked).pos)) return false;
  for (let j = k - 3; j >= 0 && k - 2 - j <= MAX_ASKED_TOKENS; j--) {
    const tok = tokenAt(analysis, before[j] ?? -1);
    if (tok.pos === 'VERB') return ASKING_LEMMAS.has(tok.lemma);
    // "went on television to say": a preposition before the object; "the Department of Homeland Security" holds one.
    if (tok.pos === 'ADP' && tok.normal !== 'of') return false;
    if (tok.pos === 'PUNCT' || tok.pos === 'AUX' || tok.pos === 'SCONJ' || tok.pos === 'CCONJ') return false;
  }
  return false;
}
