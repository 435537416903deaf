/**
 * "Garza read the passage in which de la Peña writes that '…'", "the letter in which Grierson wrote
 * that '…'": a relative clause opened by a preposition and "which"/"whom" has its own subject, the one whose
 * verb hands the words over; the clause it hangs on (its reader, the passage) is no part of that subject.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/** Relative pronouns that, after a preposition, open a clause with a subject of its own. */
const RELATIVE_AFTER_PREPOSITION: ReadonlySet<string> = new Set(['which', 'whom']);

/**
 * The index in `clause` (token indices, read up to the verb handing words over) of the relative pronoun of
 * the last "in which"/"to whom" in it, when a subject follows it before the verb; -1 when there is none.
 */
export function relativeClauseOpening(analysis: Analysis, clause: readonly number[]): number {
  for (let j = clause.length - 2; j >= 1; j--) {
    const t = tokenAt(analysis, clause[j] ?? -1);
    if (!RELATIVE_AFTER_PREPOSITION.has(t.normal)) continue;
    if (tokenAt(analysis, clause[j - 1] ?? -1).pos !== 'ADP') return -1;
    // "Lopez, to whom the letter was sent, says…": a relative clause closed before the verb is not its subject.
    for (let i = j + 1; i < clause.length; i++) {
      const w = tokenAt(analysis, clause[i] ?? -1);
      if (w.pos === 'VERB' || w.pos === 'AUX' || w.value === ',') return -1;
    }
    return j;
  }
  return -1;
}
