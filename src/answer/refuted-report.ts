/**
 * A clause told as the content of a report only to call the report false: "Reports that the first soldiers
 * reached McAllen on Oct. 25 were wrong", "The claim that the Guard fired first proved false". The clause's
 * act is not said to have happened. English grammar, not the domain: a noun with a "that"-clause, then the
 * noun phrase's verb of being or proving with a word of falsity, not denied ("were not wrong", "never proved
 * false" leave the report standing).
 */
import type { Token } from '../nlp/pipeline.ts';
import { NEGATIONS } from './negated-act.ts';

/** Words that call a report false after "was", "were", "proved" ("were wrong", "proved untrue"). */
const FALSITY: ReadonlySet<string> = new Set([
  'wrong',
  'false',
  'untrue',
  'unfounded',
  'baseless',
  'incorrect',
  'inaccurate',
  'mistaken',
  'erroneous',
]);
/** Verbs that say what a report turned out to be ("were wrong", "proved false", "turned out to be untrue"). */
const VERDICT_VERBS: ReadonlySet<string> = new Set(['be', 'prove', 'turn']);
/** Words that end the reach back from the act to the "that" opening its clause. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '.']);
/** Most words between a "that" and the act of its clause ("that the first soldiers reached"). */
const MAX_CLAUSE_LEAD = 8;
/** Most words between the verdict verb and its word of falsity ("turned out to be wrong"). */
const MAX_VERDICT_WORDS = 4;

/**
 * True when the verb at `i` in `tokens` stands in a "that"-clause after a noun ("reports that … reached")
 * whose sentence goes on to call it false ("… were wrong").
 */
export function inRefutedReport(tokens: readonly Token[], i: number): boolean {
  let that = -1;
  for (let k = i - 1; k >= Math.max(0, i - MAX_CLAUSE_LEAD); k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.value)) return false;
    if (t.normal === 'that') {
      that = k;
      break;
    }
  }
  const head = tokens[that - 1];
  if (that < 0 || !head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return false;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.value) && t.value !== ',') return false;
    if (t.pos !== 'AUX' && t.pos !== 'VERB') continue;
    // Another verb first is another clause's: "… and said earlier reports were wrong" calls other reports so.
    if (!VERDICT_VERBS.has(t.lemma)) {
      if (t.pos === 'VERB') return false;
      continue;
    }
    if (NEGATIONS.has(tokens[k - 1]?.normal ?? '')) return false;
    for (let j = k + 1; j <= k + MAX_VERDICT_WORDS && j < tokens.length; j++) {
      if (FALSITY.has(tokens[j]!.normal)) return true;
      if (CLAUSE_BREAKS.has(tokens[j]!.value) || NEGATIONS.has(tokens[j]!.normal)) break;
    }
    return false;
  }
  return false;
}
