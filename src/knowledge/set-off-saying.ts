/**
 * "A Juárez defense lawyer, who asked not to be named because he represents clients in both countries, put it
 * the other way: '…'": a verb of saying inside a relative clause set off by commas, when the sentence's own
 * verb follows the clause, hands no quotation over. The clause says who the subject is; the words are handed
 * over by the sentence's verb and its colon, or by nothing.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/** Tokens at most read either side of the verb: a relative clause's length. */
const MAX_CLAUSE_TOKENS = 30;
/** Marks no relative clause runs across. */
const CLAUSE_MARKS = /^[.;:!?"“”]$/;
/** Relative pronouns opening a clause set off by a comma. */
const SET_OFF_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);

/**
 * True when the verb at `before[k]` stands in a clause opened by ", who" (no comma between) that a comma
 * closes, a verb of the sentence following before the end of `before` (the tokens before a quotation).
 */
export function insideSetOffRelative(analysis: Analysis, before: readonly number[], k: number): boolean {
  let opened = false;
  for (let j = k - 1; j >= 1 && k - j <= MAX_CLAUSE_TOKENS; j--) {
    const t = tokenAt(analysis, before[j] ?? -1);
    if (t.value === ',' || CLAUSE_MARKS.test(t.value)) return false;
    if (SET_OFF_RELATIVES.has(t.normal) && tokenAt(analysis, before[j - 1] ?? -1).value === ',') {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  let closed = false;
  for (let j = k + 1; j < before.length && j - k <= 2 * MAX_CLAUSE_TOKENS; j++) {
    const t = tokenAt(analysis, before[j] ?? -1);
    if (CLAUSE_MARKS.test(t.value)) return false;
    if (t.value === ',') closed = true;
    else if (closed && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}
