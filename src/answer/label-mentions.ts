/**
 * A transcript's speaker label names who speaks the turn after it ("SOFÍA CASTAÑEDA, BYLINE: On Saturday…"):
 * the sentence it opens is that speaker's words, not words about them, so it neither describes them nor
 * places them in the scene it tells.
 */
import { opensWithSpeakerLabel } from '../nlp/speaker-label.ts';

/** What is read of a sentence: its text and the names it mentions, as written. */
interface MentioningSentence {
  text?: string;
  mentions?: ReadonlyArray<{ entityId: string; text: string; via?: string }>;
}

/** The mentions of `sentence` other than the speaker label opening it. */
export function mentionsBeyondLabel<S extends MentioningSentence>(
  sentence: S,
): NonNullable<S['mentions']>[number][] {
  const text = sentence.text ?? '';
  return (sentence.mentions ?? []).filter((m) => m.via === 'pronoun' || !opensWithSpeakerLabel(text, m.text));
}

/** True when `sentence` names entity `id` other than as the speaker label opening it. */
export function namesBeyondLabel(sentence: MentioningSentence, id: string): boolean {
  return mentionsBeyondLabel(sentence).some((m) => m.entityId === id);
}
