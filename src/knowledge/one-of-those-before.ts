/**
 * '… said her students had a sharp question on the bus. / "One of them asked me, \'…\'"': "one of them"
 * saying words is one of the people a plural noun named just before, and is named by it ("one of her
 * students"), not left to no one.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { WorkingSentence } from './working.ts';
import { quotedAt } from './sentence-ranges.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Sentences looked back over, the quotation's own included, for the group "them" stands for. */
const MAX_SENTENCES_BACK = 2;
/** Words that open the group's phrase before its noun ("her students", "the drivers"). */
const OPENERS: ReadonlySet<string> = new Set([
  'the',
  'her',
  'his',
  'their',
  'our',
  'my',
  'its',
  'these',
  'those',
]);
/** Parts of speech between the opener and the plural noun ("the eighth-grade students"). */
const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT']);
/** Tokens at most between the opener and the plural noun. */
const MAX_MODIFIERS = 4;

/**
 * The person `left` (token indices of `sentence`, the words before the verb) picks out of a group "them"
 * stands for: "one of" and the last phrase of a plural noun for people (`isPersonNoun`) before it, in its
 * sentence or the one before; `null` unless the words are "one of them" and such a phrase is found.
 */
export function oneOfThoseBefore(
  sentence: WorkingSentence,
  left: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const words = left.map((t) => tokenAt(sentence.analysis, t)).filter((w) => w.pos !== 'PUNCT');
  if (
    words.length !== 3 ||
    words[0]?.normal !== 'one' ||
    words[1]?.normal !== 'of' ||
    words[2]?.normal !== 'them'
  )
    return null;
  let at: WorkingSentence | null = sentence;
  let before = left[0] ?? sentence.tokenStart;
  // '"The soldiers came," one of them said': a speaker's tag reads no group out of the words it hands over;
  // inside a quotation ("One of them asked me, '…'") the quoted words around it are the teller's account.
  const tagged = !quotedAt(sentence.paragraphSpans)(tokenAt(sentence.analysis, before).start);
  for (let back = 0; at && back < MAX_SENTENCES_BACK; back++) {
    const quoted = tagged ? quotedAt(at.paragraphSpans) : () => false;
    const group = lastGroup(at.analysis, at.tokenStart, before, isPersonNoun, quoted);
    if (group) return { speakerId: null, speakerName: `one of ${group}` };
    at = at.previous;
    before = at?.tokenEnd ?? 0;
  }
  return null;
}

/** The last phrase of a plural noun for people among tokens `[from, to)` not `quoted`, as written, or `null`. */
function lastGroup(
  analysis: Analysis,
  from: number,
  to: number,
  isPersonNoun: (lemma: string) => boolean,
  quoted: (charPos: number) => boolean,
): string | null {
  for (let t = to - 1; t >= from; t--) {
    const noun = tokenAt(analysis, t);
    if (quoted(noun.start)) continue;
    if (noun.pos !== 'NOUN' || noun.lemma === noun.normal || !isPersonNoun(noun.lemma)) continue;
    for (let k = t - 1; k >= from && t - k <= MAX_MODIFIERS + 1; k--) {
      const word = tokenAt(analysis, k);
      if (OPENERS.has(word.normal)) return analysis.text.slice(word.start, noun.end).toLowerCase();
      if (!MODIFIERS.has(word.pos)) break;
    }
    // "There were women at that post …, and they sat up with me. One of them said": a plural with nothing
    // before it but a verb is the group as well, made definite.
    const before = t > from ? tokenAt(analysis, t - 1) : undefined;
    return before?.pos === 'VERB' || before?.pos === 'AUX' ? `the ${noun.normal}` : null;
  }
  return null;
}
