/**
 * Whether a question about an actor's doings asks what they would or will do ("what would the troops
 * actually do?", "what were the active duty guys gonna do there?"), and whether a sentence with the actor as
 * subject says what they would or will do ("The troops would include doctors and engineers…") rather than
 * what others of the kind already do ("About 2,000 National Guard troops are already assisting…").
 */
import type { Token } from '../nlp/pipeline.ts';

/** Words of a question that put the asked doings ahead of the time asked about: a plan or a prospect. */
const ASKING_AHEAD: ReadonlySet<string> = new Set([
  'would',
  'will',
  'gonna',
  'going',
  'supposed',
  'expected',
  'meant',
  'planning',
  'plan',
]);

/** Words right after an actor that put what it does ahead: "the troops would…", "the Guard is to…". */
const SAYING_AHEAD: ReadonlySet<string> = new Set(['would', 'will', 'wo', "'ll", "'d", 'shall']);
/** Words after a form of "be" that make a plan of the verb: "are expected to", "were going to", "is set to". */
const PLANNED_AFTER_BE: ReadonlySet<string> = new Set(['going', 'expected', 'set', 'scheduled', 'to']);

/** True when a question asks what an actor would, will or was to do. */
export function asksPlannedDoings(tokens: readonly Token[]): boolean {
  return tokens.some((t) => ASKING_AHEAD.has(t.normal));
}

/**
 * True when the verb or auxiliary at `at` (the one the actor is the subject of) says what the actor would,
 * will or is to do: "would include", "will provide", "are expected to help", "is to operate".
 */
export function saysPlannedAt(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  if (!verb) return false;
  if (SAYING_AHEAD.has(verb.normal)) return true;
  return verb.lemma === 'be' && PLANNED_AFTER_BE.has(tokens[at + 1]?.normal ?? '');
}
