/**
 * A figure that counts people by what befell them ("the Americans lost about 120 killed", see
 * knowledge/casualty-figures.ts) answers a question asking how many of a group the same act was done to
 * ("how many Americans were killed"), when its sentence names that group: the participle is the asked act,
 * and the group is whose losses the sentence gives. A figure of the act in a sentence naming no such group
 * ("the Mexican army's report gave 367 killed") counts someone else's.
 */
import type { NumberFact } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';

/**
 * True when `n` counts the participle of the asked act (`act`, the question's counting verb) and the
 * figure's sentence (its lemmas) names what the question counts (`headForms`).
 */
export function countsActedOn(
  n: Pick<NumberFact, 'countsLemma'>,
  lemmas: readonly string[],
  headForms: ReadonlySet<string>,
  act: Pick<Token, 'lemma' | 'normal'> | null,
  stem: (word: string) => string,
): boolean {
  if (!act || n.countsLemma === '') return false;
  if (n.countsLemma !== act.normal && stem(n.countsLemma) !== stem(act.lemma)) return false;
  return lemmas.some((l) => headForms.has(l));
}
