/**
 * "President Lázaro Cárdenas allowed him to return in 1935. He crossed at Nogales … and told the Sentinel:
 * '…'": a "him" or "her" that is the object of the verb a sentence's named subject governs cannot be that
 * subject (who would be "himself"), so it stands for someone the article was already speaking of. The
 * article kept that person as a pronoun while it named the subject in full; a sentence right after opening
 * with a subject pronoun of the same gender goes on about them, not about the newly named subject. Reads
 * the sentence before the pronoun's and the people named before it; when no one else of the gender was
 * named before the subject, no one is given (a wrong speaker is worse than none).
 */
import { onlyPunctuationOrConjunctions } from './mention-order.ts';
import { lastPerson, tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';
import type { WorkingSentence } from './working.ts';

/** What the reading asks of the article: pronouns' genders, entities and people's genders. */
export interface BoundObjectReader {
  pronouns: ReadonlyMap<string, 'male' | 'female'>;
  entity(id: string): { id: string; name: string; type: string } | undefined;
  genderOf(id: string): 'male' | 'female' | null;
}

/** Object pronouns: "her" is one only where no noun follows it ("told her", not "her son"). */
const OBJECT_PRONOUNS = new Set(['him', 'her']);
const NOUN_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
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
  let bound = false;
  for (let k = subject.token + 1; k < nextNamed && k < previous.tokenEnd; k++) {
    const tok = tokenAt(prev, k);
    if (CLAUSE_END.has(tok.value) || quoted(previous, k)) break;
    if (
      tok.pos === 'PRON' &&
      OBJECT_PRONOUNS.has(tok.normal) &&
      reader.pronouns.get(tok.normal) === gender &&
      tokenAt(prev, k - 1).pos === 'VERB' &&
      !NOUN_POS.has(prev.tokens[k + 1]?.pos ?? '')
    ) {
      bound = true;
      break;
    }
  }
  if (!bound) return null;
  const order = (previous.paragraph - 1) * 1_000_000 + tokenAt(prev, subject.token).start;
  const who = lastPerson(people, order, gender, subject.entityId, (id) => reader.genderOf(id));
  const entity = who && namedNear(previous, who) ? reader.entity(who) : undefined;
  return { speaker: entity ? { speakerId: entity.id, speakerName: entity.name } : null };
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

/** True when token `k` of sentence `s` is inside one of its quotations. */
function quoted(s: WorkingSentence, k: number): boolean {
  const at = tokenAt(s.analysis, k).start;
  return s.quoteSpans.some((q) => at >= q.outerStart && at < q.outerEnd);
}
