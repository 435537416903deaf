/**
 * "… when Gen. Twiggs called on him to surrender his ammunition, the Mexican replied, '…'": a description
 * opening the main clause after a clause set before it, in which a named person does something to "him" or
 * "her", is that "him" or "her": the one the named person called on, not the named person (who would be
 * "himself"). The pronoun stands for the last person of its gender named before the named one.
 */
import type { ArticleReader } from './article-reader.ts';
import { subjectAfterOpening, theDescribed } from './clause-words.ts';
import { readingOrder } from './mention-order.ts';
import { lastPerson, quoted, tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';
import type { WorkingSentence } from './working.ts';
import { lowerBound } from '../nlp/pipeline.ts';
import { isObjectHimOrHer } from './object-him-her.ts';

/**
 * The person the description opening the clause `left` (token indices before its verb of saying) stands for,
 * when the phrase set off before it names a person who does something to "him" or "her": the last other person
 * of the pronoun's gender named before that person. `null` when the reading does not apply.
 */
export function describedAfterOpening(
  reader: Pick<ArticleReader, 'entity' | 'genderOf' | 'pronouns'>,
  sentence: WorkingSentence,
  left: readonly number[],
  people: readonly PersonMention[],
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const subject = subjectAfterOpening(analysis, left);
  const first = subject[0];
  if (first === undefined || !theDescribed(analysis, subject)) return null;
  // The description must name no one itself ("the general's aide").
  if (subject.some((t) => sentence.named.at(t))) return null;
  const opening = left.slice(0, left.indexOf(first));
  const doer = personWithin(reader, sentence, opening);
  if (!doer) return null;
  const gender = objectPronounAfterVerb(sentence, opening, doer.token, reader.pronouns);
  if (!gender) return null;
  const doerGender = reader.genderOf(doer.entityId);
  if (doerGender !== null && doerGender !== gender) return null;
  const order = readingOrder(sentence.paragraph - 1, tokenAt(analysis, doer.token).start);
  const who = lastPerson(people, order, gender, doer.entityId, (id) => reader.genderOf(id));
  const entity = who ? reader.entity(who) : undefined;
  return entity ? { speakerId: entity.id, speakerName: entity.name } : null;
}

/** The gender of a "him"/"her" after a verb following token `from` among `opening`'s tokens, if any. */
function objectPronounAfterVerb(
  sentence: WorkingSentence,
  opening: readonly number[],
  from: number,
  pronouns: ReadonlyMap<string, 'male' | 'female'>,
): 'male' | 'female' | null {
  const { analysis } = sentence;
  let verb = false;
  for (const k of opening) {
    if (k <= from) continue;
    const tok = tokenAt(analysis, k);
    if (tok.pos === 'VERB') verb = true;
    else if (verb && isObjectHimOrHer(analysis, k)) return pronouns.get(tok.normal) ?? null;
  }
  return null;
}

/**
 * The first person named (not by a pronoun, not inside a quotation) at one of the tokens `opening` (in order):
 * the sentence's mentions come in token order, so only those from its first token to its last are read, as a
 * sentence of thousands of quotations asks this once per cue.
 */
function personWithin(
  reader: Pick<ArticleReader, 'entity'>,
  sentence: WorkingSentence,
  opening: readonly number[],
): WorkingSentence['mentions'][number] | undefined {
  const lo = opening[0];
  const hi = opening.at(-1);
  if (lo === undefined || hi === undefined) return undefined;
  const { mentions } = sentence;
  for (
    let k = lowerBound(0, mentions.length, (i) => (mentions[i]?.token ?? 0) < lo);
    k < mentions.length;
    k++
  ) {
    const m = mentions[k];
    if (m === undefined || m.token > hi) break;
    if (
      m.via !== 'pronoun' &&
      opening.includes(m.token) &&
      !quoted(sentence, m.token) &&
      reader.entity(m.entityId)?.type === 'person'
    )
      return m;
  }
  return undefined;
}
