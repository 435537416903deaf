/**
 * A "how many" question's act said by an act WordNet links to it by cause or entailment, either way: "how
 * many men were killed?" is answered by "Five men died" (kill causes die), "how many died?" by "20 were
 * killed". Word vectors put "die" 0.56 from "kill" and 0.55 from "help": relatedness alone cannot tell the
 * act that brings the asked one about from any act near it, so a figure whose sentence only says a near act
 * never stood in for the asked one (count.ts), and the question was declined. The link is the verb's own
 * (the WordNet table's first senses), not a list of words.
 *
 * A linked act is not the asked one: it stands in only for a figure whose sentence says all else the question
 * asks ({@link REST_SAID}): "How many of Cortina's men died at Rio Grande City?" is not answered by "Five men
 * were killed." of another fight. npm run eval vs main 5925814: without that, dev 1418 = (a25-040 gained,
 * must-decline a18-029 answered), test 1741 = (must-decline answered 106 -> 107); with it, dev 1418 -> 1419,
 * test 1741 -> 1742 (new-articles-28), test answerable declined 330 -> 329, must-decline answered 26 / 106
 * unchanged, regression 160/166, attribution and wrong headlines unchanged.
 */
import type { WordNet } from '../nlp/wordnet.ts';
import { countedAction } from './asked-action.ts';
import type { Understanding } from './understanding.ts';

/** Share of the question's other words and names (its act left out) a linked act's sentence must cover. */
export const REST_SAID = 0.9;

/**
 * For a "how many" question asking an act done to what it counts ({@link countedAction}), whether a sentence
 * (its lemmas) says an act WordNet makes one the asked act causes or entails, or that causes or entails it,
 * with the asked act's lemma; `null` when the question asks no act or there is no table.
 */
export function entailedActTest(
  u: Pick<Understanding, 'analysis'>,
  speechVerbs: ReadonlySet<string>,
  wordnet: WordNet | null | undefined,
): { act: string; says: (lemmas: readonly string[]) => boolean } | null {
  if (!wordnet) return null;
  const verb = countedAction(u, speechVerbs);
  if (!verb) return null;
  const act = verb.lemma;
  return { act, says: (lemmas) => lemmas.some((l) => l !== act && wordnet.relation(act, l) === 'entailed') };
}

/**
 * Whether a sentence covers all the question asks but its act (`restCovered`: the coverage, 0–1, of the
 * question's content words without `act` and its names), or the question asks nothing else.
 */
export function saysTheRest(
  u: Pick<Understanding, 'content' | 'entities'>,
  act: string,
  restCovered: (content: string[]) => number,
): boolean {
  const rest = u.content.filter((l) => l !== act);
  if (rest.length === 0 && u.entities.length === 0) return true;
  return restCovered(rest) >= REST_SAID;
}
