/**
 * "When the captain asked one of the corporals whether the men could hold the corral, the answer was, '…'":
 * the answer to a question is the words of the one asked, not of the one asking. Read from the sentence's own
 * words: a noun for an answer as the subject of "was" or "came" right before the quotation, and the object of
 * "ask" earlier in the sentence.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt, tokenListedAt, type SpeakerGuess } from './speakers.ts';

/** Nouns for the words given back to a question. */
const ANSWER_NOUNS: ReadonlySet<string> = new Set(['answer', 'reply', 'response']);
/** Verbs that stand between an answer and its words ("the answer was", "the reply came"). */
const ANSWER_VERBS: ReadonlySet<string> = new Set(['be', 'come']);
/** Words that end whom a question was asked of ("asked one of the corporals whether …"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'to', 'what', 'why', 'how', 'when']);
/** Tokens at most of the one asked. */
const MAX_ASKED_TOKENS = 8;

/**
 * The tokens of the one asked, when the quotation after `before` (its sentence's tokens before it) is an
 * answer ("…, the answer was, '…'") to a question the sentence says was asked ("asked one of the corporals
 * whether …"); `null` when the words are not an answer, no one is asked, or the one asked is a pronoun.
 */
export function askedBeforeAnswer(analysis: Analysis, before: readonly number[]): number[] | null {
  let k = before.length - 1;
  while (
    k >= 0 &&
    (tokenListedAt(analysis, before, k).value === ',' || tokenListedAt(analysis, before, k).value === ':')
  )
    k--;
  if (k < 2 || !ANSWER_VERBS.has(tokenListedAt(analysis, before, k).lemma)) return null;
  if (
    !ANSWER_NOUNS.has(tokenListedAt(analysis, before, k - 1).lemma) ||
    tokenListedAt(analysis, before, k - 2).pos !== 'DET'
  )
    return null;
  const ask = before.slice(0, k - 2).findLastIndex((t) => tokenAt(analysis, t).lemma === 'ask');
  if (ask < 0 || tokenListedAt(analysis, before, ask).pos !== 'VERB') return null;
  const asked: number[] = [];
  for (let j = ask + 1; j < k - 2 && asked.length < MAX_ASKED_TOKENS; j++) {
    const t = tokenListedAt(analysis, before, j);
    if (QUESTION_OPENERS.has(t.normal) || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') break;
    asked.push(before[j] ?? -1);
  }
  const first = asked[0];
  if (first === undefined || (asked.length === 1 && tokenAt(analysis, first).pos === 'PRON')) return null;
  return asked;
}

/** The one asked (`asked`), described as the text writes it ("one of the corporals"), when a person noun names them. */
export function askedDescribed(
  analysis: Analysis,
  asked: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const words = asked.map((t) => tokenAt(analysis, t));
  if (!words.some((w) => w.pos === 'NOUN' && isPersonNoun(w.lemma))) return null;
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  const text = analysis.text.slice(first.start, last.end);
  return {
    speakerId: null,
    speakerName: first.pos === 'DET' || first.pos === 'NUM' ? lowerFirst(text) : text,
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
