/**
 * An unnamed speaker the article describes ("A produce broker in Pharr … said") goes on speaking under a
 * pronoun: in "He asked us not to use his name. 'Nobody is against inspections,' he said." the "he" is the
 * broker, not the last person the article named. Pronoun resolution only looks for named people, so without
 * this pass the words go to whoever was named before the described speaker came in.
 */
import type { WorkingQuote, WorkingSentence } from './working.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import { mentionsChanged } from './mentions-version.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * Sentences at most from a described speaker's words to a "He said …" going on with them: the look for a name
 * between stays short however many sentences a paragraph holds.
 */
const MAX_SENTENCES_BETWEEN = 6;
/** Words at most after "a" in a description of a person ("an old ranch hand"). */
const MAX_DESCRIBED_WORDS = 3;

/** Words that end a description's head noun: what follows qualifies it ("a broker in Pharr who …"). */
const QUALIFIERS = new Set([
  'in',
  'of',
  'at',
  'from',
  'on',
  'near',
  'across',
  'outside',
  'inside',
  'along',
  'with',
  'for',
  'by',
  'who',
  'that',
  'which',
  'whose',
]);
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'one']);

/** What the pass asks of the article's reader. */
export interface DescribedReader {
  /** True for a noun that says what a person is ("broker", "cook"). */
  isPersonNoun(lemma: string): boolean;
  /** The gender a noun for a person marks ("spokeswoman": female), if any. */
  nounGender(lemma: string): 'male' | 'female' | null;
  /** Pronouns and the gender each refers to. */
  pronouns: ReadonlyMap<string, 'male' | 'female'>;
  /** Verbs of saying, by lemma: "He said he had asked …" opens with one after its pronoun. */
  cues?: { has(lemma: string): boolean };
}

/**
 * The head noun of an unnamed speaker's description, lower-cased ("a produce broker in Pharr" → "broker",
 * "the cook at the diner" → "cook", "the governor's office" → "office"); `null` when `name` is not a
 * description opening with an article ("Samuel García").
 */
export function describedHead(name: string): string | null {
  const words = name.split(/\s+/);
  if (!DESCRIPTION_OPENERS.has(words[0]?.toLowerCase() ?? '')) return null;
  const cut = words.findIndex((w, i) => i > 0 && QUALIFIERS.has(w.toLowerCase()));
  const head = (cut < 0 ? words : words.slice(0, cut)).at(-1) ?? '';
  return P1.test(head) ? head : null;
}

/**
 * Hands to the unnamed, described speaker of the last quotation the quotations that follow it (in its
 * paragraph or the next) whose speaker only a pronoun names, when the article has not named that person
 * since: the pronoun goes on with the one speaking, and is no mention of the named person in its sentence.
 * Changes `quotes` and those sentences' mentions in place; nested quotations are left alone.
 */
export function describedSpeakerGoesOn(
  reader: DescribedReader,
  quotes: readonly WorkingQuote[],
  sentences: readonly WorkingSentence[],
): void {
  const index = new Map(sentences.map((s, i) => [s, i]));
  let last: WorkingQuote | null = null;
  const given: Array<[WorkingSentence, WorkingSentence['mentions'][number]]> = [];
  for (const q of quotes) {
    if (q.parent !== null) continue;
    const previous = last;
    if (q.speakerName !== 'unattributed') last = q;
    // "He said he had asked … 'for as long as it takes'": a pronoun no named person answers to, opening a
    // sentence of saying, goes on with the described speaker too.
    if (
      previous &&
      q.speakerName === 'unattributed' &&
      saysUnresolved(reader, previous, q, sentences, index)
    ) {
      q.speakerName = previous.speakerName;
      continue;
    }
    if (!previous || previous.speakerId !== null || q.speakerId === null || q.cue === null) continue;
    const head = describedHead(previous.speakerName);
    if (head === null || !reader.isPersonNoun(head)) continue;
    const said = q.attributionSentence ?? q.sentence;
    if (said.kind !== previous.sentence.kind || said.paragraph - previous.sentence.paragraph > 1) continue;
    const pronoun = said.mentions.find((m) => m.entityId === q.speakerId && m.via === 'pronoun');
    if (!pronoun) continue;
    const gender = reader.pronouns.get(tokenAt(said.analysis, pronoun.token).normal);
    const marked = reader.nounGender(head);
    if (!gender || (marked !== null && marked !== gender)) continue;
    const from = index.get(previous.sentence);
    const to = index.get(said);
    if (from === undefined || to === undefined || to < from) continue;
    const namedSince = sentences
      .slice(from, to + 1)
      .some((s) => s.mentions.some((m) => m.entityId === q.speakerId && m.via !== 'pronoun'));
    if (namedSince) continue;
    q.speakerId = null;
    q.speakerName = previous.speakerName;
    given.push([said, pronoun]);
    last = q;
  }
  // The pronoun is the described speaker's, whom no entity stands for: its sentence names no one by it. Taken
  // out once every quotation is read, as the quotations running on in that sentence go by the same pronoun.
  for (const [said, pronoun] of given) {
    const at = said.mentions.indexOf(pronoun);
    if (at >= 0) {
      said.mentions.splice(at, 1);
      mentionsChanged(said);
    }
  }
}

/**
 * True when `q`, attributed to no one, stands in a sentence that opens with a pronoun and a verb of saying
 * ("He said he had asked …"), the pronoun fits `previous`'s described speaker (a noun for a person, of no
 * other gender), and no one is named from `previous`'s sentence to `q`'s (in its paragraph or the next).
 */
function saysUnresolved(
  reader: DescribedReader,
  previous: WorkingQuote,
  q: WorkingQuote,
  sentences: readonly WorkingSentence[],
  index: ReadonlyMap<WorkingSentence, number>,
): boolean {
  if (previous.speakerId !== null || q.parent !== null || !reader.cues) return false;
  const head = describedHead(previous.speakerName);
  if (head === null || !reader.isPersonNoun(head)) return false;
  const said = q.sentence;
  if (said.kind !== previous.sentence.kind || said.paragraph - previous.sentence.paragraph > 1) return false;
  if (said.tokenEnd - said.tokenStart < 2) return false;
  const gender = reader.pronouns.get(tokenAt(said.analysis, said.tokenStart).normal);
  const verb = tokenAt(said.analysis, said.tokenStart + 1);
  if (!gender || verb.pos !== 'VERB' || !reader.cues.has(verb.lemma)) return false;
  const marked = reader.nounGender(head);
  if (marked !== null && marked !== gender) return false;
  const from = index.get(previous.sentence);
  const to = index.get(said);
  if (from === undefined || to === undefined || to < from || to - from > MAX_SENTENCES_BETWEEN) return false;
  for (let i = from + 1; i <= to; i++)
    if (sentences[i]?.mentions.some((m) => m.via !== 'pronoun')) return false;
  return true;
}

/**
 * A subject that is "a" or "an" and a noun for a person ("A woman", "an old man"), named as written; `null`
 * for any other. Inside a quotation it is someone the speaker tells of, whose words they recount.
 */
export function aPersonDescribed(
  analysis: Analysis,
  subject: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const [first, ...rest] = subject.map((t) => tokenAt(analysis, t));
  const head = rest.at(-1);
  if (!first || !head || (first.normal !== 'a' && first.normal !== 'an')) return null;
  if (rest.length > MAX_DESCRIBED_WORDS || head.pos !== 'NOUN' || !isPersonNoun(head.lemma)) return null;
  if (rest.some((w) => w.pos !== 'ADJ' && w.pos !== 'NOUN')) return null;
  return { speakerId: null, speakerName: analysis.text.slice(first.start, head.end) };
}
