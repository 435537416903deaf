/**
 * A follow-up who-question asks for someone besides the one it points back to: of the sentences ranked for
 * it, the one it is answered from names someone who could be meant. "Who sided with her?" after a question
 * about a dissent is answered by "Justice Ginsburg, joined by Justices Breyer, Sotomayor and Kagan,
 * dissented", not by the better-ranked "She wrote that…", which names no one but her. Only for follow-ups:
 * applied to every who-question it lost two dev and three test questions (npm run eval).
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Ranked } from './retrieval.ts';

/**
 * The sentence to answer from: the best-ranked one when it (or, as an anaphor, the sentence before it) names
 * a candidate; else the best-ranked that names one; else the best, as before. `names` tells whether a sentence
 * names a candidate, `before` gives the sentence before one.
 */
export function sentenceNamingSomeone(
  ranked: readonly Ranked[],
  names: (s: Sentence) => boolean,
  before: (s: Sentence) => Sentence | null,
): Sentence | null {
  const best = ranked[0]?.sentence ?? null;
  if (!best) return null;
  const prior = before(best);
  if (names(best) || (prior !== null && names(prior))) return best;
  return ranked.find((r) => names(r.sentence))?.sentence ?? best;
}

/**
 * A who-question's best-ranked sentence may share most of its words and name no one who did the asked act:
 * "· The castle museum reopens its hall of the 1847 defense" for "who commanded the defense of Chapultepec
 * castle in 1847?", over "The castle was defended by Gen. Nicolás Bravo…". Of `pool` (the sentences of the
 * best's article, ranked), the first report sentence that `names` someone and covers more of the question
 * than the best; `null` when none does, or when the best covers less than `floor` (a decline stays one: a
 * name from a sentence that covers more is not a reason to answer what the coverage did not). npm run eval vs
 * eval-base19: dev 1546 -> 1548/2000, test 2009 -> 2011/3457, must-decline answered and answerable declined
 * (test) unchanged. On the dev splits, before the replacement had to name a person and say the asked act,
 * "who led the American cavalry at Guerrero?" was answered from "Mr. Tolley… knows Guerrero well" and "who
 * called the fence job…" from a sentence naming only a unit; lifting a decline answered a comparison of ages
 * from a sentence naming a caller; covering as much (not more) with the article's headline lost 3.
 */
export function sentenceNamingActor(
  pool: readonly Ranked[],
  best: Sentence,
  test: { names: (s: Sentence) => boolean; coverage: (s: Sentence) => number; floor: number },
): Sentence | null {
  const own = test.coverage(best);
  if (own < test.floor) return null;
  for (const { sentence } of pool) {
    if (sentence === best || sentence.kind !== 'report' || !test.names(sentence)) continue;
    if (test.coverage(sentence) > own) return sentence;
  }
  return null;
}
