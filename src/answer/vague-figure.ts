/**
 * A vague count made precise by the sentence after it: "Hundreds of troops may be on the way." then "The
 * military has received a request for between 800 and 1,000 active-duty troops…". The precise figure is what
 * the vague one says, so it answers as well as the sentence it makes precise matches the question, though
 * its own sentence may share fewer of the question's words. Reads the ranked sentences' figures (a vague count
 * is written as its qualifier word alone: "Hundreds", "dozens") and the sentence after each; one neighbour
 * looked at per ranked sentence.
 */
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** A precise figure makes a vague one precise when it is of the vague count's order: "hundreds", 100–999. */
const ORDER = 10;

type Reading = { score: number; sentence: Sentence; numbers: readonly NumberFact[] };

/** True when `n` is a vague count: its words are its qualifier alone ("Hundreds" of "hundreds of troops"). */
function isVagueCount(n: NumberFact): boolean {
  return n.qualifier !== null && n.text.trim().toLowerCase() === n.qualifier;
}

/** True when the precise figure `n` counts what the vague count `vague` does, within its order. */
function makesPrecise(n: NumberFact, vague: NumberFact): boolean {
  return (
    !isVagueCount(n) &&
    n.countsLemma !== null &&
    n.countsLemma === vague.countsLemma &&
    n.value >= vague.value &&
    n.value < vague.value * ORDER
  );
}

/**
 * The readings with each figure that makes precise a vague count of the sentence before it read at that
 * sentence's score when higher than its own: the figure is split into a reading of its own, so the other
 * figures of its sentence keep their sentence's score. Only a ranked sentence's figure is lifted: one the
 * ranking left out (a sentence already shown, for a follow-up asking another figure) stays out. Linear in the
 * readings.
 */
export function withVagueMadePrecise<R extends Reading>(
  readings: readonly R[],
  index: KnowledgeIndex,
  numbersOf: (id: string) => readonly NumberFact[] | undefined,
): Array<Reading | R> {
  const inherited = new Map<string, number>();
  for (const r of readings) {
    const vague = r.numbers.filter(isVagueCount);
    if (vague.length === 0) continue;
    const next = index.neighbour(r.sentence.id, 1);
    if (!next) continue;
    for (const n of numbersOf(next.id) ?? [])
      if (vague.some((v) => makesPrecise(n, v)))
        inherited.set(n.id, Math.max(inherited.get(n.id) ?? 0, r.score));
  }
  if (inherited.size === 0) return [...readings];
  const out: Array<Reading | R> = [];
  for (const r of readings) {
    const lifted = r.numbers.filter((n) => (inherited.get(n.id) ?? 0) > r.score);
    if (lifted.length === 0) {
      out.push(r);
      continue;
    }
    const rest = r.numbers.filter((n) => !lifted.includes(n));
    if (rest.length > 0) out.push({ ...r, numbers: rest });
    for (const n of lifted) {
      out.push({ score: inherited.get(n.id) ?? r.score, sentence: r.sentence, numbers: [n] });
    }
  }
  return out;
}
