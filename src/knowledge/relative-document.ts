/**
 * "A girl of about ten held up a hand-lettered sign that read: '…'", "a banner which said '…'": a document a
 * relative pronoun hands the verb of saying to is the one that speaks, not whoever holds it up, and is named
 * whole, the words of a hyphenated modifier ("hand-lettered") included.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { isJoiningHyphen } from './hyphenated-words.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Relative pronouns standing for a thing ("a sign that read"). */
const THING_RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);
/** Words that open the thing's description: an article or a possessive. */
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my']);
/** Parts of speech of the words between the opener and the noun ("hand-lettered", "handwritten"). */
const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM']);
/** Tokens at most from the opener to the relative pronoun ("a hand - lettered cardboard sign that"). */
const MAX_TOKENS = 8;

/** What the reading asks of nouns. */
export interface RelativeDocumentNouns {
  isCommunicationNoun(lemma: string): boolean;
  isPersonNoun(lemma: string): boolean;
}

/**
 * The document `left` (a verb's words before it) ends with before "that"/"which", as written from its opener
 * ("a hand-lettered sign"); `null` unless the noun before the pronoun is one for a communication and not for a
 * person, and an article or a possessive opens its phrase within a few words.
 */
export function documentBeforeRelative(
  analysis: Analysis,
  left: readonly number[],
  nouns: RelativeDocumentNouns,
): Omit<SpeakerGuess, 'cue'> | null {
  const relative = left.at(-1);
  if (relative === undefined || !THING_RELATIVES.has(tokenAt(analysis, relative).normal)) return null;
  const head = tokenAt(analysis, left.at(-2) ?? -1);
  if (head.pos !== 'NOUN' || !nouns.isCommunicationNoun(head.lemma) || nouns.isPersonNoun(head.lemma))
    return null;
  for (let j = left.length - 3; j >= 0 && left.length - 1 - j <= MAX_TOKENS; j--) {
    const t = left[j] ?? -1;
    const tok = tokenAt(analysis, t);
    if (OPENERS.has(tok.normal)) {
      const text = analysis.text.slice(tok.start, head.end);
      return { speakerId: null, speakerName: lowerFirst(text) };
    }
    if (!MODIFIERS.has(tok.pos) && !isJoiningHyphen(analysis, t)) return null;
  }
  return null;
}
