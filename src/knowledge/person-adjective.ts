/**
 * '"We are very sorry," the major said', '"…," the general said': a word the tagger reads as an adjective
 * ends the description before the verb, where only a noun can stand; when WordNet has it as a noun for a person,
 * it is that noun, and the description ("the major") is the speaker, named as written.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Words at most of such a description ("the American major"). */
const MAX_WORDS = 4;

/**
 * The description `subject` (the tokens between a quotation and its verb of saying) gives when it is "the",
 * perhaps adjectives, and last a word read as an adjective that is a noun for a person; `null` otherwise.
 */
export function adjectiveReadAsPerson(
  analysis: Analysis,
  subject: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const words = subject.map((t) => tokenAt(analysis, t)).filter((w) => w.pos !== 'PUNCT');
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || words.length < 2 || words.length > MAX_WORDS || first.normal !== 'the') return null;
  if (last.pos !== 'ADJ' || !isPersonNoun(last.normal)) return null;
  if (words.slice(1).some((w) => w.pos !== 'ADJ')) return null;
  return { speakerId: null, speakerName: lowerFirst(analysis.text.slice(first.start, last.end)) };
}
