/**
 * The last readings of an article's quotations, after every other reading has given what speakers it can:
 * words a genre hands over in its own ways. A body's statement printed after a sentence ending in a colon
 * (colon-handed-statements.ts), a crowd's chant (chanting-crowds.ts), an unnamed letter writer's "he writes"
 * (unnamed-letter-writers.ts), a transcript's speaker going on after their turn (turn-goes-on.ts).
 */
import { speakersOfChantingCrowds } from './chanting-crowds.ts';
import { speakersOfColonHandedStatements } from './colon-handed-statements.ts';
import type { EntityData } from './entity-data.ts';
import { organisationsDescribed } from './bodies-named-again.ts';
import { speakersGoingOnAfterTurns } from './turn-goes-on.ts';
import { speakersOfUnnamedLetters } from './unnamed-letter-writers.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** What the late readings ask of the article. */
export interface LateSpeakerReader {
  entity(id: string): Pick<EntityData, 'name' | 'type'> | undefined;
  isPersonNoun(lemma: string): boolean;
  genderOf(id: string): 'male' | 'female' | null;
}

/**
 * Gives the quotations the genre readings find a speaker for: a statement's body ("the ministry" given the
 * fuller name the article named it by before), a chanting crowd, a letter's unnamed writer, a transcript's
 * speaker going on.
 */
export function lateSpeakers(
  quotes: WorkingQuote[],
  sentences: readonly WorkingSentence[],
  reader: LateSpeakerReader,
): void {
  const entity = (id: string) => reader.entity(id);
  organisationsDescribed(speakersOfColonHandedStatements(quotes, entity), sentences, entity, (lemma) =>
    reader.isPersonNoun(lemma),
  );
  speakersOfChantingCrowds(quotes);
  speakersOfUnnamedLetters(quotes, (lemma) => reader.isPersonNoun(lemma));
  speakersGoingOnAfterTurns(quotes, (id) => reader.genderOf(id));
}
