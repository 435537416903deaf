/**
 * Gapping: 'Mr. Pettibone writes of "five men wounded"; Mr. Dorsey of "nine wounded."' The second clause
 * leaves out the verb of saying the first has, and keeps only its new subject and what follows the verb.
 * The words after it are the new subject's, said with the verb left out.
 */
import type { QuoteSurroundings, SpeakerFinder } from './speaker-finder.ts';
import { charRange } from './mention-index.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Marks that join gapped clauses: a semicolon (a comma joins too much else to be read so). */
const CLAUSE_JOINS: ReadonlySet<string> = new Set([';']);
/**
 * Tokens at most read back from the semicolon for the left-out verb of saying: the clause before it (a sentence
 * of many gapped clauses is read in time linear in its length).
 */
const MAX_CLAUSE_TOKENS = 40;
/** Tokens at most between the gapped clause's subject and the words: a preposition or two ("of", "to us"). */
const MAX_AFTER_SUBJECT = 2;

/**
 * The person a gapped clause right before the quotation names, its verb of saying left out: after a semicolon,
 * a person's name and at most a preposition or two, with a verb of saying in the clause before the semicolon
 * in the same sentence; `null` otherwise.
 */
export function gappedSpeaker(finder: SpeakerFinder, around: QuoteSurroundings): SpeakerGuess | null {
  const { sentence, span, before } = around;
  const { analysis } = sentence;
  const join = before.findLastIndex((t) => CLAUSE_JOINS.has(tokenAt(analysis, t).value));
  if (join < 0) return null;
  const words = before.slice(join + 1).filter((t) => tokenAt(analysis, t).pos !== 'PUNCT');
  const first = words[0];
  const mention = first === undefined ? undefined : sentence.named.at(first);
  const entity = mention ? finder.reader.entity(mention.entityId) : undefined;
  if (!mention || mention.via === 'pronoun' || entity?.type !== 'person') return null;
  const end = charRange(analysis, mention).end;
  const rest = words.filter((t) => tokenAt(analysis, t).start >= end);
  if (rest.length > MAX_AFTER_SUBJECT || rest.some((t) => tokenAt(analysis, t).pos !== 'ADP')) return null;
  // The verb left out: a verb of saying in the clause before the semicolon, after its own subject.
  const joinToken = before[join] ?? -1;
  const joinStart = tokenAt(analysis, joinToken).start;
  for (let k = Math.max(sentence.tokenStart, joinToken - MAX_CLAUSE_TOKENS); k < sentence.tokenEnd; k++) {
    const tok = tokenAt(analysis, k);
    if (tok.start >= joinStart || tok.start >= span.outerStart) break;
    if (tok.pos === 'VERB' && finder.isCue(tok))
      return { speakerId: entity.id, speakerName: entity.name, cue: tok.lemma };
  }
  return null;
}
