/**
 * "Somebody said, 'Here come the Rangers back,'", 'When somebody says "strike the cartels," I ask …': words
 * a speaker gives to someone they do not name are that unnamed someone's, not the speaker's own nor those of
 * whoever the report named last.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { SUBORDINATORS } from './clause-words.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Pronouns naming one unnamed person; "nobody", "everybody" say no one in particular spoke. */
const SOMEONE: ReadonlySet<string> = new Set(['somebody', 'someone']);

/**
 * The unnamed person named by `left` (a verb's words before it), when they are one indefinite pronoun
 * ("somebody"), after a subordinating word at most ("When somebody"): the pronoun, lower-cased; `null` otherwise.
 */
export function someoneUnnamed(
  analysis: Analysis,
  left: readonly number[],
): Omit<SpeakerGuess, 'cue'> | null {
  const words = left.map((t) => tokenAt(analysis, t)).filter((w) => w.pos !== 'PUNCT');
  if (words.length === 2 && SUBORDINATORS.has(words[0]?.normal ?? '')) words.shift();
  const only = words.length === 1 ? words[0] : undefined;
  return only && SOMEONE.has(only.normal) ? { speakerId: null, speakerName: only.normal } : null;
}
