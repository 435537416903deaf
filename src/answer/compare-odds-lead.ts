/**
 * A disagreement the coverage announces without naming who disagrees, then gives each side in turn: "On the
 * manner of Walker's death the old soldiers never agreed. Mr. Kesling always held that he was shot from a
 * house. Lemuel Boggs … holds to the other story, that Walker was run through by a lancer." The three
 * sentences are the compared people's disagreement, in the report's words.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/**
 * A mention that is a pronoun: it points to a person named before, it does not name them ("his own defence
 * minister" names the minister, not "his" owner again).
 */
export const PRONOUN = /^(?:he|she|him|her|his|hers|they|them|their)$/i;

/** The `people` that sentence `s` names, not by a pronoun only ("his daughter" does not name him). */
export function namedIn(s: Sentence, people: readonly string[]): string[] {
  return people.filter((id) => s.mentions.some((m) => m.entityId === id && !PRONOUN.test(m.text)));
}

/**
 * The passage where a sentence saying that people are at odds (`atOdds`), naming none of the compared
 * `people`, is followed in its paragraph by a sentence naming one of them and then one naming or quoting
 * another: the three sentences, the passage sharing most of the question's `terms` when there are several;
 * `null` when there is none.
 */
export function oddsLeadingEach(
  index: KnowledgeIndex,
  terms: ReadonlyMap<string, number>,
  people: readonly string[],
  atOdds: RegExp,
): [Sentence, Sentence, Sentence] | null {
  if (new Set(people).size < 2) return null;
  const names = (s: Sentence) => namedIn(s, people);
  const speaks = (s: Sentence) =>
    people.filter(
      (id) =>
        names(s).includes(id) || (index.quotesBySentence.get(s.id) ?? []).some((q) => q.speakerId === id),
    );
  let best: { passage: [Sentence, Sentence, Sentence]; shared: number } | null = null;
  const seen = new Set<string>();
  for (const id of new Set(people)) {
    for (const sid of index.entities.get(id)?.sentenceIds ?? []) {
      if (seen.has(sid)) continue;
      seen.add(sid);
      const first = index.sentence(sid);
      const lead = index.neighbour(sid, -1);
      const then = index.neighbour(sid, 1);
      if (!first || !lead || !then) continue;
      if (lead.paragraph !== first.paragraph || then.paragraph !== first.paragraph) continue;
      if (!atOdds.test(lead.text) || names(lead).length > 0) continue;
      const one = names(first);
      if (one.length !== 1 || !speaks(then).some((other) => !one.includes(other))) continue;
      const passage: [Sentence, Sentence, Sentence] = [lead, first, then];
      const n = sharedTerms(terms, passage);
      if (!best || n > best.shared) best = { passage, shared: n };
    }
  }
  return best?.passage ?? null;
}

/** How many of the question's terms a passage's sentences hold between them. */
export function sharedTerms(terms: ReadonlyMap<string, number>, passage: readonly Sentence[]): number {
  return new Set(passage.flatMap((s) => s.lemmas.filter((l) => terms.has(l)))).size;
}
