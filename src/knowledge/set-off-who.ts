/**
 * Someone described before a relative clause set off by a comma, whose verb of saying hands over the words:
 * "I … spoke with one of his sergeants, who said to me, '…'", "a teamster, who told me, '…'". The clause's
 * "who" is the one described; the "I" of the clause before it only met them.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Tokens at most of the description before the comma: "one of the old sergeants of his company". */
const MAX_DESCRIPTION_TOKENS = 8;
/** Parts of speech between "a"/"one of" and the noun for a person: "the", "his", "old", "two". */
const BEFORE_HEAD: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'NOUN']);

/**
 * The person described right before ", who" ending `left` (the clause's words before its verb of saying):
 * "a"/"an", or "one of" and a group, then words before a noun for a person, as written; `null` otherwise.
 */
export function describedBeforeSetOffWho(
  analysis: Analysis,
  left: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const words = left.map((t) => tokenAt(analysis, t));
  const comma = words.length - 2;
  if (words.at(-1)?.normal !== 'who' || words[comma]?.value !== ',') return null;
  const head = words[comma - 1];
  if (!head || head.pos !== 'NOUN' || !isPersonNoun(head.lemma)) return null;
  for (let k = comma - 2; k >= 0 && comma - k <= MAX_DESCRIPTION_TOKENS; k--) {
    const word = words[k];
    if (!word) return null;
    const opening = opensDescription(words, k, head);
    if (opening)
      return { speakerId: null, speakerName: lowerFirst(analysis.text.slice(opening.start, head.end)) };
    if (!BEFORE_HEAD.has(word.pos)) return null;
  }
  return null;
}

/**
 * The token opening a description at `k`: "a"/"an" before a singular noun for a person, or "one" and
 * "of" before a plural one; `null` for any other word.
 */
function opensDescription(words: readonly Token[], k: number, head: Token): Token | null {
  const word = words[k];
  if (!word) return null;
  const plural = head.lemma !== head.normal;
  if ((word.normal === 'a' || word.normal === 'an') && !plural) return word;
  if (word.normal === 'of' && words[k - 1]?.normal === 'one' && plural) return words[k - 1] ?? null;
  return null;
}
