/**
 * Counts of a part of a named group ("how many of the Apache band died", "how many of the U.S. riders were
 * killed"): what is counted is named after "of", and the group's members may be counted by the word that
 * names them ("78 Apaches were killed") rather than by the group's own noun ("band").
 */
import type { Token } from '../nlp/pipeline.ts';
import { withSingular } from '../nlp/singular.ts';

/**
 * Where the counted phrase of "how many X" or "how much X" starts (`at` is "many" or "much"): past "of" and
 * its determiners for a part of something ("how many of the Apache band", "how much of the woods"), right
 * after `at` otherwise. A figure after "of" ("how many of the 1,500") is no counted noun: the phrase then
 * starts at "of", which names nothing.
 */
export function partitiveStart(toks: readonly Token[], at: number): number {
  if (toks[at + 1]?.normal !== 'of') return at + 1;
  let i = at + 2;
  while (toks[i]?.pos === 'DET') i++;
  return toks[i]?.pos === 'NUM' ? at + 1 : i;
}

/** True when "how many" (at `at`) asks a part of a named group: "how many of the Apache band". */
export function asksPartOf(toks: readonly Token[], at: number): boolean {
  return partitiveStart(toks, at) > at + 1;
}

/**
 * True when a figure counts the members of the group a part of which is asked, by a word of the asked phrase
 * before its noun that names people: "78 Apaches" for "how many of the Apache band", "12 Marines" for "how
 * many of the Marine unit". `asked` is the counted phrase as lemmas, its noun last; the noun itself is
 * matched elsewhere.
 */
export function countsMembersNamed(
  asked: readonly string[],
  countsLemma: string,
  namesPeople: (lemma: string) => boolean,
): boolean {
  if (asked.length < 2 || countsLemma === '') return false;
  const counted = withSingular(countsLemma);
  return (
    asked.slice(0, -1).some((w) => withSingular(w).some((f) => counted.includes(f))) &&
    namesPeople(countsLemma)
  );
}
