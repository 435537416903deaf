/**
 * '"These men are not prisoners of war," the commanding officer at Fort Brown said on Thursday': a speaker
 * described with "the" at more length than a name and its title take, between the words and the verb of
 * saying. Someone the article named and the annotator found in that role ("the colonel at the post" after
 * Col. Ames) is that person; anyone else is the person the description picks out, named as written, as "a
 * secretary who was in the office" is (described-after.ts).
 */
import type { WorkingSentence } from './working.ts';
import { describedBeforeVerb } from './described-after.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** The article opening a description of someone the reader is meant to know which one of. */
const DEFINITE: ReadonlySet<string> = new Set(['the']);

/** What the reading asks: nouns for people, and the entity a mention names. */
export interface DefiniteReader {
  isPersonNoun(lemma: string): boolean;
  entity(id: string): { id: string; name: string; type: string } | undefined;
}

/**
 * The speaker `subject` (the tokens between a quotation and its verb of saying) describes with "the", a noun
 * for a person and what qualifies it ("the commanding officer at Fort Brown"): the person named in that role
 * when a mention of one stands on the words before the qualifier, else the description as written. `null`
 * for words of any other shape.
 */
export function definiteDescribedBeforeVerb(
  reader: DefiniteReader,
  sentence: WorkingSentence,
  subject: readonly number[],
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const described = describedBeforeVerb(analysis, subject, (l) => reader.isPersonNoun(l), DEFINITE);
  if (!described) return null;
  const qualifier = subject.findIndex((t, i) => i > 1 && tokenAt(analysis, t).pos === 'ADP');
  const role = new Set(qualifier < 0 ? subject : subject.slice(0, qualifier));
  for (const m of sentence.mentions) {
    if (m.via === 'pronoun' || !role.has(m.token)) continue;
    const entity = reader.entity(m.entityId);
    if (entity?.type === 'person') return { speakerId: entity.id, speakerName: entity.name };
  }
  return described;
}
