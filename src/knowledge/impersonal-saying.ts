/**
 * A sentence that says its words were said without saying by whom: "It was said in the same crowd that the
 * volunteers would have 'finished the matter in a week'", "It is said that…". The expletive "it", a form of
 * "be" and a verb of saying in the passive name no one, so the quotation is no one's the article named: not
 * the last speaker's of the paragraph, nor the next sentence's.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';

/** Adverbs at most between "was" and the verb ("it was widely said", "it was later reported"). */
const MAX_ADVERBS = 2;

/**
 * True when tokens [from, to) of `analysis` hold "it" as a subject, a form of "be" and a verb of saying
 * (`isCue`) in its past participle, with no "by" after it naming who: the words are said by no one named.
 */
export function impersonallySaid(
  analysis: Analysis,
  from: number,
  to: number,
  isCue: (tok: Token) => boolean,
): boolean {
  const tokens = analysis.tokens;
  for (let k = from; k < to - 2; k++) {
    if (tokens[k]?.normal !== 'it' || tokens[k + 1]?.lemma !== 'be') continue;
    let v = k + 2;
    while (v < to && v - (k + 2) < MAX_ADVERBS && tokens[v]?.pos === 'ADV') v++;
    const verb = tokens[v];
    // A participle, not the verb's own form: "It was said", "it is reported".
    if (!verb || !isCue(verb) || verb.normal === verb.lemma) continue;
    if (tokens[v + 1]?.normal === 'by') continue;
    return true;
  }
  return false;
}
