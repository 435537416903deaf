/**
 * A sentence whose verb phrase is left out after its auxiliary ("Urrea didn't.", "He did.", "They would
 * not.") says the act of the sentence before it: "Santa Anna's orders were to execute prisoners taken in
 * arms. Urrea didn't." says that Urrea did not execute them. Read alone, it says no act at all.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** A clause that ends on an auxiliary, with or without "not": English grammar's verb-phrase ellipsis. */
const ENDS_ON_AUXILIARY =
  /\b(?:did|do|does|would|could|will|was|were|had|has|have|can|should|is|are)(?:n['’]t|\s+not)?\s*[.!;]?["”]?$/i;
/** Words of a clause that is nothing but a subject and its auxiliary: "Urrea didn't", "Most of them did". */
const MAX_ELLIPTICAL_WORDS = 6;

/** True when `sentence` is a subject and an auxiliary with its verb phrase left out. */
export function elidesAct(sentence: Pick<Sentence, 'text'>): boolean {
  const text = sentence.text.trim();
  return text.split(/\s+/).length <= MAX_ELLIPTICAL_WORDS && ENDS_ON_AUXILIARY.test(text);
}

/**
 * The lemmas `shown` says its acts in: each sentence's own, and for one that leaves its verb phrase out, the
 * sentence's before it too.
 */
export function actLemmasOf(
  shown: readonly Sentence[],
  index: Pick<KnowledgeIndex, 'neighbour'>,
): Set<string> {
  const lemmas = new Set(shown.flatMap((s) => s.lemmas));
  for (const s of shown) {
    if (!elidesAct(s)) continue;
    for (const l of index.neighbour(s.id, -1)?.lemmas ?? []) lemmas.add(l);
  }
  return lemmas;
}
