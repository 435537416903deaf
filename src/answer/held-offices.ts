/**
 * The offices someone in the coverage holds, as a question writes them: the words of every person's role
 * titles, with the abbreviations articles write ("Capt. Henry L. Ashby") given in full ("captain"). A
 * question asking of "the captain" then asks of someone the coverage has, not of an office it lacks.
 */
import type { Entity } from '../knowledge/schema.ts';

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
