/**
 * A transcript label that names no one ("UNIDENTIFIED WOMAN:") after the reporter described who speaks
 * next ("One woman, who asked us not to use her name, said…"): the turn is the described speaker's.
 */
import type { EntityData } from './entity-data.ts';
import type { SpeakerGuess } from './speakers.ts';
import type { WorkingSentence } from './working.ts';
import { withoutAccents } from '../nlp/pipeline.ts';

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
  if (first !== UNIDENTIFIED || noun === undefined) return null;
  if (rest.length > 0) return describedInParagraphBefore(label, words.slice(1));
  for (let s = label.previous; s && label.paragraph - s.paragraph <= MAX_PARAGRAPHS_BACK; s = s.previous)
    for (let i = s.mentions.length - 1; i >= 0; i--) {
      const m = s.mentions[i];
      const entity = m && m.via !== 'pronoun' ? entityOf(m.entityId) : undefined;
      if (entity?.type !== 'person' || !DESCRIBED.test(entity.name)) continue;
      if (entity.name.toLowerCase().split(/\s+/).at(-1) === noun)
        return { speakerId: entity.id, speakerName: entity.name };
    }
  return describedInParagraphBefore(label, [noun]);
}

/** Articles opening the reporter's description of an unnamed speaker ("a cattle buyer from Starr County"). */
const DESCRIBING = new Set(['a', 'an', 'one', 'the']);
/** Words at most a description runs on after the label's nouns ("from Starr County"). */
const MAX_DESCRIPTION_WORDS = 6;
/** Words that end a description: the clause after it says what they did, not who they are. */
const ENDS_DESCRIPTION = new Set(['who', 'whom', 'that', 'which', 'and', 'but']);

/**
 * "UNIDENTIFIED CATTLE BUYER:" after the reporter's "a cattle buyer from Starr County who has bought and
 * sold here for 40 years told me…": the description in the paragraph just before the label whose nouns are
 * the label's (`nouns`, "cattle buyer"), from its article up to a relative clause, verb or punctuation, as
 * an unnamed speaker; `null` when that paragraph has no such words. Only the paragraph before is read, as a
 * reporter introduces the voice that follows.
 */
export function describedInParagraphBefore(
  label: WorkingSentence,
  nouns: readonly string[],
): Omit<SpeakerGuess, 'cue'> | null {
  let s = label.previous;
  while (s && s.paragraph === label.paragraph) s = s.previous;
  const paragraph = s?.paragraph;
  for (; s && s.paragraph === paragraph; s = s.previous) {
    const tokens = s.analysis.tokens;
    for (let k = s.tokenStart + 1; k + nouns.length <= s.tokenEnd; k++) {
      if (!DESCRIBING.has(tokens[k - 1]?.normal ?? '')) continue;
      if (!nouns.every((n, j) => withoutAccents(tokens[k + j]?.normal ?? '') === n)) continue;
      let end = k + nouns.length;
      while (end < s.tokenEnd && end - k - nouns.length < MAX_DESCRIPTION_WORDS) {
        const t = tokens[end];
        if (!t || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || ENDS_DESCRIPTION.has(t.normal))
          break;
        end++;
      }
      const from = tokens[k - 1];
      const to = tokens[end - 1];
      if (from && to) return { speakerId: null, speakerName: s.analysis.text.slice(from.start, to.end) };
    }
  }
  return null;
}
