/**
 * A transcript label that names no one ("UNIDENTIFIED WOMAN:") after the reporter described who speaks
 * next ("One woman, who asked us not to use her name, said…"): the turn is the described speaker's.
 */
import type { EntityData } from './entity-data.ts';
import type { SpeakerGuess } from './speakers.ts';
import type { WorkingSentence } from './working.ts';

/** The label's word saying the speaker goes unnamed. */
const UNIDENTIFIED = 'unidentified';
/** Paragraphs back from the label searched for the description. */
const MAX_PARAGRAPHS_BACK = 2;
/** An unnamed speaker's description as a name: "One woman", "A man in the crowd". */
const DESCRIBED = /^(?:a|an|one)\s/i;

/**
 * The unnamed person described just before a label of `words` ("unidentified", "woman"), by the label's
 * noun: the last such person the paragraphs before `label` name; `null` for any other label or none found.
 */
export function describedBeforeLabel(
  label: WorkingSentence,
  words: readonly string[],
  entityOf: (id: string) => Pick<EntityData, 'id' | 'name' | 'type'> | undefined,
): Omit<SpeakerGuess, 'cue'> | null {
  const [first, noun, ...rest] = words;
  if (first !== UNIDENTIFIED || noun === undefined || rest.length > 0) return null;
  for (let s = label.previous; s && label.paragraph - s.paragraph <= MAX_PARAGRAPHS_BACK; s = s.previous)
    for (let i = s.mentions.length - 1; i >= 0; i--) {
      const m = s.mentions[i];
      const entity = m && m.via !== 'pronoun' ? entityOf(m.entityId) : undefined;
      if (entity?.type !== 'person' || !DESCRIBED.test(entity.name)) continue;
      if (entity.name.toLowerCase().split(/\s+/).at(-1) === noun)
        return { speakerId: entity.id, speakerName: entity.name };
    }
  return null;
}
