/**
 * A verb of saying in "-ing" after a verb that takes one as its object ("Our sergeant kept hollering 'Aim
 * behind the shoulder'", "began shouting"), which the tagger reads as a noun ("hollering", lemma
 * "hollering"): the words are still said, and the subject of the first verb says them. Read where the words
 * before a quotation are searched for their verb (words-before-quote.ts).
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/**
 * Verbs that take another in "-ing" as their object and leave its act the subject's (a closed class of
 * aspect: going on, starting): "kept hollering", "started shouting", "began yelling", "continued calling".
 */
const CATENATIVE_LEMMAS: ReadonlySet<string> = new Set(['keep', 'start', 'begin', 'continue']);
/** A word in "-ing" long enough to hold a verb before the ending ("crying"). */
const ING_FORM = /^([a-z]{2,})ing$/u;

/**
 * True when `before[k]` is a word in "-ing" tagged a noun, right after a catenative verb
 * ({@link CATENATIVE_LEMMAS}), whose verb `isSaying` takes for a verb of saying ("hollering" → "holler").
 */
export function sayingAfterCatenative(
  analysis: Analysis,
  before: readonly number[],
  k: number,
  isSaying: (lemma: string) => boolean,
): boolean {
  const tok: Token = tokenAt(analysis, before[k] ?? -1);
  if (tok.pos !== 'NOUN' || k === 0) return false;
  const previous = tokenAt(analysis, before[k - 1] ?? -1);
  if (previous.pos !== 'VERB' || !CATENATIVE_LEMMAS.has(previous.lemma)) return false;
  const stem = ING_FORM.exec(tok.normal)?.[1];
  return stem !== undefined && verbsOfStem(stem).some(isSaying);
}

/** The verbs an "-ing" form's stem may be: "holler", "chant"; "shout"; "yell"; "chatt" → "chat"; "vot" → "vote". */
function verbsOfStem(stem: string): string[] {
  const undoubled = /([b-df-hj-np-tv-z])\1$/u.test(stem) ? [stem.slice(0, -1)] : [];
  return [stem, ...undoubled, `${stem}e`];
}
