/**
 * The names speakers keep once an article's quotations are attributed: an unnamed person's fuller name
 * (fuller-unnamed-names.ts), the name closing a description (named-in-apposition.ts) and a body's full name
 * for its abbreviation (abbreviated-bodies.ts). Each quotation's speaker name is set to them.
 */
import { abbreviatedBodies, nameAbbreviatedSpeakers } from './abbreviated-bodies.ts';
import type { ArticlePerson } from './discovered-person.ts';
import type { PersonMention } from './speakers.ts';
import type { EntityData } from './entity-data.ts';
import { fullerUnnamedNames } from './fuller-unnamed-names.ts';
import { namesInApposition } from './named-in-apposition.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** What {@link renameSpeakers} reads of the article and the entity data. */
export interface SpeakerRenameReaders {
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined;
  genderOf: (id: string) => 'male' | 'female' | null;
  /** The gender a first name suggests (name-gender.ts). */
  genderOfName: (first: string) => 'male' | 'female' | null;
  /** True for a noun for a person ("mayor", "brother"): a name set off after one is that person's. */
  isPersonNoun: (lemma: string) => boolean;
}

/**
 * Renames the speakers of `quotes` and returns the article people's new names, by id, for the people kept.
 */
export function renameSpeakers(
  quotes: readonly WorkingQuote[],
  people: readonly ArticlePerson[],
  sentences: readonly WorkingSentence[],
  mentions: readonly PersonMention[],
  readers: SpeakerRenameReaders,
): Map<string, string> {
  const renamed = fullerUnnamedNames(people, sentences, mentions, readers.entity, readers.genderOf);
  // "a woman whose family has fished there for three generations, Leticia Amador": the name closing it.
  const apposed = namesInApposition(quotes, people, sentences, readers);
  for (const [id, name] of apposed) if (!renamed.has(id)) renamed.set(id, name);
  for (const q of quotes) q.speakerName = renamed.get(q.speakerId ?? '') ?? q.speakerName;
  // "Sedena said", after "the Secretaría de la Defensa Nacional (Sedena)": the body, by its full name.
  const bodies = abbreviatedBodies(sentences.map((s) => s.text));
  for (const [id, name] of nameAbbreviatedSpeakers(quotes, people, bodies)) renamed.set(id, name);
  return renamed;
}
