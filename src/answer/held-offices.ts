/**
 * The offices someone in the coverage holds, as a question writes them: the words of every person's role
 * titles, with the abbreviations articles write ("Capt. Henry L. Ashby") given in full ("captain"). A
 * question asking of "the captain" then asks of someone the coverage has, not of an office it lacks.
 */
import type { Entity } from '../knowledge/schema.ts';
import type { WordNet } from '../nlp/wordnet.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const NOT_LETTERS = /[^\p{L}]+/u;

/**
 * The words, lower case, of the titles `entities` hold, each abbreviation also in full by `abbreviations`
 * (the lexicon's `titleAbbreviations`: "capt" → "captain").
 */
export function heldOffices(
  entities: Iterable<Pick<Entity, 'roles'>>,
  abbreviations: ReadonlyMap<string, string> | undefined,
): Set<string> {
  const words = new Set<string>();
  for (const e of entities)
    for (const r of e.roles)
      for (const w of r.title.toLowerCase().split(NOT_LETTERS)) {
        if (w === '') continue;
        words.add(w);
        const full = abbreviations?.get(w);
        if (full) words.add(full);
      }
  return words;
}

/**
 * True when someone in the coverage holds the office `lemma` names under another word WordNet gives for it:
 * the same thing in a first sense of both, or one a direct kind of the other ("the rebel chief" of "the
 * insurgent leader Aguinaldo": a chief is a kind of leader). `held`: {@link heldOffices}.
 */
export function heldOtherwise(
  lemma: string,
  held: ReadonlySet<string>,
  wordnet: Pick<WordNet, 'relation'> | null | undefined,
): boolean {
  if (!wordnet) return false;
  for (const h of held) {
    if (h === lemma) continue;
    const r = wordnet.relation(lemma, h);
    if (r === 'same' || r === 'kind') return true;
  }
  return false;
}
