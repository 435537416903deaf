/**
 * Chat often opens a question with a word that only sets its tone: "wtf did the marines bulldoze…", "yo what
 * did that sergeant…", "honestly why did…". The question starts at its asking word; the words before it are
 * an aside, read as the message's context, so they neither hide the question's form (a yes/no question
 * opens with its auxiliary) nor weigh as words the evidence must say.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { DISCOURSE_OPENER } from './question-intent.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';

/** At most this many words open a question before its asking word and still count as an aside. */
const MAX_ASIDE_WORDS = 2;
/** The asking word after an aside must leave at least this many words of question. */
const MIN_QUESTION_WORDS = 3;
/** Words that open a question: a question word, or an auxiliary that opens a yes/no question. */
const ASKING = new Set(
  'who whom whose what when where why how which did does do is was were are has have had can could would will'.split(
    ' ',
  ),
);
/** Parts of speech of a word that gives a tone, not a topic: an interjection ("lol") or an adverb ("honestly"). */
const TONE_POS = new Set(['INTJ', 'ADV']);

/** An asking word opening the text (then there is no aside), and one starting a word anywhere in it. */
const OPENS_ASKING = new RegExp(`^[^\\p{L}\\p{N}]*(?:${[...ASKING].join('|')})(?![\\p{L}])`, 'iu');
const HOLDS_ASKING = new RegExp(`(?<![\\p{L}])(?:${[...ASKING].join('|')})`, 'iu');

/**
 * False when `question` surely has no aside before its asking word: it opens with one ("what did…") or holds
 * none. Most questions are settled so, before any tagging: reading each question twice made the allocation,
 * and with it the slowest answers' collection pauses, grow.
 */
export function mayOpenWithAside(question: string): boolean {
  return !OPENS_ASKING.test(question) && HOLDS_ASKING.test(question);
}

export interface LeadingAside {
  /** The question from its asking word on. */
  question: string;
  /** The words before it (`null`: none were an aside). */
  aside: string | null;
}

/**
 * Splits the aside off the start of `question` (see the module header): one or two words the tagger reads as
 * an interjection or an adverb, or written in lower case and in no English dictionary ("yo", "ngl"), before a
 * question word or an auxiliary. A name or a preposition before the asking word stays ("Obama, what did…",
 * "by when…"), and so does a word linking the turn to the last ("so did…", "ok and when…").
 */
export function leadingAside(
  question: string,
  analysis: Analysis,
  isEnglishWord: (word: string) => boolean,
): LeadingAside {
  const words = analysis.tokens.filter((t) => t.type !== 'punctuation' && t.pos !== 'PUNCT');
  // "so did bush…", "ok and when…": a word that links the turn to the last one is the conversation's, kept.
  if (DISCOURSE_OPENER.test(question)) return { question, aside: null };
  const at = words.findIndex((t) => ASKING.has(t.normal));
  if (at < 1 || at > MAX_ASIDE_WORDS || words.length - at < MIN_QUESTION_WORDS)
    return { question, aside: null };
  const toneOnly = (t: Token) =>
    !ASKING.has(t.normal) &&
    (TONE_POS.has(t.pos) ||
      (t.type === 'word' &&
        isWrittenLowerCase(t.value) &&
        !isEnglishWord(t.normal) &&
        !misspeltAsking(t.normal)));
  if (!words.slice(0, at).every(toneOnly)) return { question, aside: null };
  const start = words[at]?.start ?? 0;
  return {
    question: analysis.text.slice(start),
    aside: analysis.text.slice(0, start).replace(/[\s,;:!.-]+$/u, ''),
  };
}

/** True for a word one letter away from an asking word ("wat", "hw", "wen"): the question's start, misspelt. */
function misspeltAsking(word: string): boolean {
  for (const asking of ASKING) if (withinOneEdit(word, asking)) return true;
  return false;
}

/** True when `a` becomes `b` by at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
