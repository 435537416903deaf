/**
 * Someone a speaker describes by where they were beside them, inside the speaker's own quotation: "A young
 * trooper by me, a boy from Tennessee, kept asking, '…'", "a boy beside me said, '…'". The description ends
 * with the speaker themselves ("me", "us") after a preposition, a shape the descriptions read elsewhere turn
 * down (a pronoun ends no description of a third person); what a comma sets off after it is left out.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Words at most between "a" and the noun for a person ("a young trooper", "an old Mexican woman"). */
const MAX_MODIFIERS = 3;
/** The speaker as the object of a preposition: "by me", "beside us". */
const SPEAKER_AS_OBJECT: ReadonlySet<string> = new Set(['me', 'us']);

/**
 * The person the words before a verb of saying (`left`) describe as beside the quotation's speaker: "a"/"an",
 * a few adjectives or nouns, a noun for a person, a preposition and "me"/"us", then nothing but what a comma
 * sets off; as written, up to "me"/"us". `null` for any other words.
 */
export function describedBesideSpeaker(
  analysis: Analysis,
  left: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const words = left.map((t) => tokenAt(analysis, t));
  const first = words[0];
  if (!first || (first.normal !== 'a' && first.normal !== 'an')) return null;
  const object = words.findIndex((w, i) => i > 2 && SPEAKER_AS_OBJECT.has(w.normal));
  const preposition = words[object - 1];
  const head = words[object - 2];
  if (object < 0 || preposition?.pos !== 'ADP' || head?.pos !== 'NOUN' || !isPersonNoun(head.lemma))
    return null;
  const modifiers = words.slice(1, object - 2);
  if (modifiers.length > MAX_MODIFIERS || modifiers.some((w) => w.pos !== 'ADJ' && w.pos !== 'NOUN'))
    return null;
  // "A young trooper by me, a boy from Tennessee who …, kept asking": an apposition may follow, set off.
  const rest = words.slice(object + 1);
  if (rest.length > 0 && rest[0]?.value !== ',') return null;
  const last = words[object];
  return last
    ? { speakerId: null, speakerName: lowerFirst(analysis.text.slice(first.start, last.end)) }
    : null;
}
