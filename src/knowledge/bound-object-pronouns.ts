/**
 * "President Lázaro Cárdenas allowed him to return in 1935. He crossed at Nogales … and told the Sentinel:
 * '…'": a "him" or "her" that is the object of the verb a sentence's named subject governs cannot be that
 * subject (who would be "himself"), so it stands for someone the article was already speaking of. The
 * article kept that person as a pronoun while it named the subject in full; a sentence right after opening
 * with a subject pronoun of the same gender goes on about them, not about the newly named subject. Reads
 * the sentence before the pronoun's and the people named before it; when no one else of the gender was
 * named before the subject, no one is given (a wrong speaker is worse than none).
 */
import { onlyPunctuationOrConjunctions, readingOrder } from './mention-order.ts';
import { lastPerson, quoted, tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';
import type { WorkingSentence } from './working.ts';
import type { VerbsOfSaying } from './saying-verbs.ts';
import { isObjectHimOrHer } from './object-him-her.ts';

/** What the reading asks of the article: pronouns' genders, entities and people's genders. */
export interface BoundObjectReader {
  /** Lemmas of the verbs of saying: what follows one (but its own object) is what was said. */
  cues: VerbsOfSaying;
  pronouns: ReadonlyMap<string, 'male' | 'female'>;
  entity(id: string): { id: string; name: string; type: string } | undefined;
  genderOf(id: string): 'male' | 'female' | null;
}

const CLAUSE_END = new Set([';', ':', '—', '–']);
/** Sentences looked back over for the object pronoun's person named in full. */
const MAX_SENTENCES_BACK = 12;

/**
 * When the subject pronoun of `gender` at token `t` opens `sentence` and the sentence before has a named
 * subject with an object pronoun of that gender after it in its clause: `{ speaker }`, the person that
 * object pronoun stands for (the last one of the gender named before the subject), or `{ speaker: null }`
 * when there is none. `null` when the reading does not apply.
 */
export function boundObjectReferent(
  reader: BoundObjectReader,
  sentence: WorkingSentence,
  t: number,
  gender: 'male' | 'female',
  people: readonly PersonMention[],
): { speaker: Omit<SpeakerGuess, 'cue'> | null } | null {
  const { analysis } = sentence;
  if (!onlyPunctuationOrConjunctions(analysis, sentence.tokenStart, t)) return null;
  const previous = sentence.previous;
  if (!previous || previous.kind !== sentence.kind) return null;
  const prev = previous.analysis;
  const isPerson = (id: string) => reader.entity(id)?.type === 'person';
  const named = previous.mentions.filter(
    (m) => m.via !== 'pronoun' && isPerson(m.entityId) && !quoted(previous, m.token),
  );
  const subject = named[0];
  if (!subject) return null;
  const subjectGender = reader.genderOf(subject.entityId);
  if (subjectGender !== null && subjectGender !== gender) return null;
  // The subject stands before the sentence's first verb.
  for (let k = previous.tokenStart; k < subject.token; k++) if (tokenAt(prev, k).pos === 'VERB') return null;
  const nextNamed = named[1]?.token ?? previous.tokenEnd;
  const object = ownObjectPronoun(
    reader,
    previous,
    subject.token + 1,
    Math.min(nextNamed, previous.tokenEnd),
  );
  if (object === null || reader.pronouns.get(tokenAt(prev, object).normal) !== gender) return null;
  const order = readingOrder(previous.paragraph - 1, tokenAt(prev, subject.token).start);
  const who = lastPerson(people, order, gender, subject.entityId, (id) => reader.genderOf(id));
  const entity = who && namedNear(previous, who) ? reader.entity(who) : undefined;
  return { speaker: entity ? { speakerId: entity.id, speakerName: entity.name } : null };
}

/**
 * The token of a "him"/"her" in tokens `from`..`to` (after a sentence's subject) that is the object of the
 * subject's own verb ("allowed him", "had let him", "came and took her", "wanted to see him"), or `null`.
 * Verbs chain only by "to", an auxiliary or "and"; the walk stops at a subordinator, "that", a second verb
 * or after a verb of saying's own object, for a pronoun there belongs to a clause within ("said the
 * soldiers had beaten him": the soldiers' object, who may well be the subject).
 */
function ownObjectPronoun(
  reader: BoundObjectReader,
  s: WorkingSentence,
  from: number,
  to: number,
): number | null {
  const a = s.analysis;
  let verbs = 0;
  let chained = false;
  for (let k = from; k < to; k++) {
    const tok = tokenAt(a, k);
    if (CLAUSE_END.has(tok.value) || quoted(s, k) || tok.pos === 'SCONJ' || tok.normal === 'that')
      return null;
    const before = tokenAt(a, k - 1);
    if (verbs > 0 && before.pos === 'VERB' && isObjectHimOrHer(a, k)) return k;
    if (tok.pos === 'VERB') {
      if (verbs > 0 && !chained) return null;
      verbs++;
      chained = false;
    } else if (verbs > 0 && (tok.pos === 'AUX' || tok.normal === 'to' || tok.normal === 'and')) {
      chained = true;
    }
    // A verb of saying's own object may follow it ("told him"); anything later is what was said.
    if (verbs > 0 && before.pos === 'VERB' && reader.cues.has(before.lemma) && k > from) return null;
  }
  return null;
}

/**
 * True when the person `id` is named (not only by a pronoun) outside quotations in `sentence`, before its
 * subject, or in a sentence before it of its paragraph or the one before: a pronoun chain longer than that
 * may have drifted to someone else.
 */
function namedNear(sentence: WorkingSentence, id: string): boolean {
  let s: WorkingSentence | null = sentence;
  for (let back = 0; s && back < MAX_SENTENCES_BACK && s.paragraph >= sentence.paragraph - 1; back++) {
    const here = s;
    if (here.mentions.some((m) => m.entityId === id && m.via !== 'pronoun' && !quoted(here, m.token)))
      return true;
    s = s.previous;
  }
  return false;
}
