/**
 * "Said Ochoa Saldivar, when told that some exiles doubted the news, '…'": a sentence opening on a verb of
 * saying and then a name, the subject after its verb, hands the quotation after them to the one named.
 */
import type { Analysis } from '../nlp/analysis.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { wordsToPunctuation } from './clause-words.ts';
import { PERSON_NAME_PARTICLES } from './name-words.ts';
import type { QuoteSurroundings, SpeakerFinder } from './speaker-finder.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Only marks and spaces: what may stand before the verb opening the sentence. */
const ONLY_MARKS = /^[\s\p{P}]*$/u;

/** Parts of speech that end a subject's words: the subject set off after an inverted verb is no clause. */
const NOT_SUBJECT: ReadonlySet<string> = new Set(['ADP', 'VERB', 'AUX', 'SCONJ', 'PRON']);

/**
 * True when token `k` of `phrase` may be a word of the subject after an inverted verb: no preposition, verb or
 * pronoun, except a name's particle between two of its words ("Said María de la Luz Ortega").
 */
function subjectWord(analysis: Analysis, phrase: readonly number[], k: number): boolean {
  const token = tokenAt(analysis, phrase[k] ?? -1);
  if (!NOT_SUBJECT.has(token.pos)) return true;
  return k > 0 && k < phrase.length - 1 && PERSON_NAME_PARTICLES.has(token.normal);
}

/**
 * The person or body named right after a verb of saying that opens the quotation's sentence (capitalised,
 * "Said", "Wrote"), up to the first mark; `null` when the sentence opens otherwise or the words name no one.
 */
export function saidNameOpening(finder: SpeakerFinder, around: QuoteSurroundings): SpeakerGuess | null {
  const { sentence, before, people, outer } = around;
  const { analysis } = sentence;
  const first = before.findIndex((t) => tokenAt(analysis, t).pos !== 'PUNCT');
  const verbAt = before[first];
  if (verbAt === undefined) return null;
  const verb = tokenAt(analysis, verbAt);
  // "Said", "Says", "Wrote": the inverted verb is inflected; "State Rep. Lucía Ferrer" opens on a title.
  if (!opensWithCapital(verb.value) || verb.normal === verb.lemma || !finder.isSayingLemma(verb.lemma))
    return null;
  if (!ONLY_MARKS.test(analysis.text.slice(sentence.start, verb.start))) return null;
  const phrase = wordsToPunctuation(analysis, before.slice(first + 1));
  // Words after the verb that no mark closes before the quotation run on into it: no subject set off.
  if (phrase.length === 0 || phrase.length === before.length - first - 1) return null;
  // "Told of Trump's remarks, Sheinbaum said", "Writing to Donald Trump, …": a participle's phrase, whose
  // name is what it is about; the subject after an inverted verb is the whole phrase, a name or "the sheriff".
  if (verb.normal.endsWith('ing') || !phrase.every((_, k) => subjectWord(analysis, phrase, k))) return null;
  const named =
    finder.subjectIn(sentence, phrase, people, outer, false) ?? finder.properName(analysis, phrase);
  return named ? { ...named, cue: verb.lemma } : null;
}
