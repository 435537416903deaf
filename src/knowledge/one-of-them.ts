/**
 * "One of the lawyers at the window turned round to us and said, '…'", "one of the Illinois boys said": a
 * subject picking one person out of a group the article describes is that one person, unnamed, named by the
 * words that pick them out; and a description set beside such a subject ("One of them, a young teamster who …,")
 * says which one.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { singularOf } from '../nlp/singular.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Parts of speech that may stand between "one of" and the group's noun ("the Illinois", "the two"). */
const MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NUM']);

/**
 * The person `subject` (token indices) picks out of a group ("one of the lawyers"), as written; `null` unless
 * it opens with "one of" and its noun is a plural one for people.
 */
export function oneOfThem(
  analysis: Analysis,
  subject: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const words = subject.map((t) => tokenAt(analysis, t));
  const first = words[0];
  if (!first || first.normal !== 'one' || words[1]?.normal !== 'of') return null;
  let k = 2;
  // "one of the disarmed men": a past participle after the determiner describes the group, as an adjective does.
  while (k < words.length && (MODIFIERS.has(words[k]?.pos ?? '') || pastParticiple(words[k], k > 2))) k++;
  // "one of the Rangers": a group's name in capitals, its singular a noun for a person, is its noun.
  const last = words[k - 1];
  if (k > 2 && last && (!words[k] || words[k]?.pos === 'PUNCT') && namedPlural(last, isPersonNoun))
    return { speakerId: null, speakerName: lowerFirst(analysis.text.slice(first.start, last.end)) };
  const head = words[k];
  if (!head || !plainPlural(head, isPersonNoun)) return null;
  return { speakerId: null, speakerName: lowerFirst(analysis.text.slice(first.start, head.end)) };
}

/** A plural noun for people ("men", "lawyers"), as the parse reads it. */
function plainPlural(head: Token, isPersonNoun: (lemma: string) => boolean): boolean {
  return head.pos === 'NOUN' && head.lemma !== head.normal && isPersonNoun(head.lemma);
}

/** A capitalised plural the parse reads as a name ("Rangers", "Rurales") whose singular is a noun for a person. */
function namedPlural(head: Token, isPersonNoun: (lemma: string) => boolean): boolean {
  if (head.pos !== 'PROPN') return false;
  const singular = singularOf(head.normal, { longerThan: 3, keepSs: false });
  return singular !== head.normal && isPersonNoun(singular);
}

/** True for a verb in "-ed" standing after a determiner (`afterDeterminer`), where it describes the noun after it. */
function pastParticiple(
  word: { pos: string; normal: string } | undefined,
  afterDeterminer: boolean,
): boolean {
  return afterDeterminer && word?.pos === 'VERB' && word.normal.endsWith('ed');
}

/** Tokens at most of a subject picking one out of a group before a comma ("One of the men,"). */
const MAX_ONE_OF_TOKENS = 6;

/**
 * True when the token before `k` is a comma closing a subject that opens the sentence with "one of" ("One of
 * them,", "One of the drivers,"): the phrase from `k` is set beside it, saying which one.
 */
export function apposedToOneOf(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.value !== ',') return false;
  for (let w = k - 2; w >= 0 && k - 1 - w <= MAX_ONE_OF_TOKENS; w--) {
    const t = tokens[w];
    if (!t || /^[,;:"“”]$/.test(t.value)) return false;
    if (w === 0 || /^[.!?;:"“”]$/.test(tokens[w - 1]?.value ?? ''))
      return t.normal === 'one' && tokens[w + 1]?.normal === 'of';
  }
  return false;
}

/**
 * The tokens of `subject` a group picked from is named by, up to the group's noun, when a phrase a
 * preposition opens follows it and says which group ("one of the agents on his team" → "one of the agents"):
 * that phrase qualifies the group as "of the company" would, and is no more words of the subject than a
 * title is of a name. `subject` itself otherwise. `picked` is {@link oneOfThem}'s name of it, as written.
 */
export function throughGroupNoun(
  analysis: Analysis,
  subject: readonly number[],
  picked: string,
): readonly number[] {
  const first = subject.find((t) => tokenAt(analysis, t).pos !== 'PUNCT');
  if (first === undefined) return subject;
  const end = tokenAt(analysis, first).start + picked.length;
  const rest = subject.findIndex((t) => tokenAt(analysis, t).start >= end);
  return rest > 0 && tokenAt(analysis, subject[rest] ?? -1).pos === 'ADP' ? subject.slice(0, rest) : subject;
}
