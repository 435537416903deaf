/**
 * "On June 15 the Supreme Court ruled that a Mexican doctor kidnapped in Guadalajara … can be tried": a date
 * in the clause that reports (rules, says) dates the report. An act told inside what was reported as done
 * before it — a participle describing a noun ("a doctor kidnapped in …"), or a perfect ("had kidnapped") —
 * happened before the report, at a time the sentence does not give.
 */
import type { Token } from '../nlp/analysis.ts';

/** Forms of "have" that make a verb after them a perfect ("had kidnapped", "has been seized"). */
const PERFECT = new Set(['had', 'has', 'have', "'d"]);
/** How many tokens before the act's verb its perfect may stand ("had been kidnapped", "had not been seen"). */
const PERFECT_REACH = 3;

/** True when the verb at `i` tells an act done before: after a noun it describes, or in a perfect. */
function toldAsDone(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && (before.pos === 'NOUN' || before.pos === 'PROPN')) return true;
  for (let k = i - 1; k >= Math.max(0, i - PERFECT_REACH); k--) {
    const t = tokens[k];
    if (!t) break;
    if (PERFECT.has(t.normal)) return true;
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') break;
  }
  return false;
}

/**
 * True when `sentence` (read into `tokens`) gives the date written `dateText` in a clause whose verb reports
 * a "that" clause after it, and every word saying the asked act (`isAct`, by lemma) stands in that clause as
 * an act done before (see the module's header): the date is the report's, not the act's.
 */
export function actReportedAsEarlier(
  tokens: readonly Token[],
  sentence: string,
  dateText: string,
  isAct: (lemma: string) => boolean,
): boolean {
  const at = sentence.toLowerCase().indexOf(dateText.toLowerCase());
  if (at < 0) return false;
  const end = at + dateText.length;
  const acts = tokens.flatMap((t, i) => (t.pos === 'VERB' && isAct(t.lemma) ? [i] : []));
  if (acts.length === 0) return false;
  let reporting = false;
  let that = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.start < end) continue;
    if (t.normal === 'that' && reporting) {
      that = i;
      break;
    }
    if (t.pos === 'VERB') {
      if (isAct(t.lemma)) return false;
      reporting = true;
    }
  }
  if (that < 0) return false;
  // Every word of the act: a verb (as each of `acts` is) after the "that", told as done before.
  return tokens.every((t, i) => !isAct(t.lemma) || (i > that && t.pos === 'VERB' && toldAsDone(tokens, i)));
}
