/**
 * "The mother of a Marine in the battalion … said … '"He wrote, \'Mom, I\'m fine …\'"'": a speaker the
 * article knows only as someone's relative ("the mother of a Marine in the battalion") speaks of that one
 * person above all; a "he" or "she" inside their words that cannot be the speaker (the relation's gender is
 * the other) stands for the one whose relative they are, described as the article describes them.
 */
import { lowerFirst } from '../nlp/lower-first.ts';
import type { SpeakerGuess } from './speakers.ts';

/** "The mother of a Marine in the battalion": a relation, "of", and a description opening with an article. */
const RELATIVE_OF_DESCRIBED = /^(?:the|a|an)\s+(\p{Ll}+)\s+of\s+((?:a|an|the)\s+.+)$/iu;

/**
 * The one whose relative the unnamed `speakerName` is, when a pronoun of `gender` inside their words cannot
 * be the speaker: the relation's noun is a person's of the other gender. `null` otherwise.
 */
export function ownerOfDescribedSpeaker(
  speakerName: string,
  gender: 'male' | 'female',
  nounGender: (lemma: string) => 'male' | 'female' | null,
): Omit<SpeakerGuess, 'cue'> | null {
  const m = RELATIVE_OF_DESCRIBED.exec(speakerName);
  if (m?.[1] === undefined || m[2] === undefined) return null;
  const theirs = nounGender(m[1].toLowerCase());
  if (theirs === null || theirs === gender) return null;
  return { speakerId: null, speakerName: lowerFirst(m[2]) };
}
