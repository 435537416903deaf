/**
 * What the spelling corrector (spelling.ts) reads of one knowledge, built once by the reader (understand.ts):
 * the coverage's words by length, the words that follow each word of a person's name ("greg" → "abbott"), and
 * the words of every entity's names. Read from the knowledge's vocabulary and entities.
 */
import type { Entity } from '../knowledge/schema.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P_LETTERS = /^\p{L}+$/u;
const P_NOT_LETTER = /[^\p{L}]+/u;
/** A word of a name proper: capitalised ("Greg", "Abbott", "U.S."), not a common word of a description. */
const NAME_WORD = /^\p{Lu}/u;

/** The words of `known` of three letters or more, letters only, by their length. */
export function wordsByLength(known: Iterable<string>): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const w of known) {
    if (w.length < 3 || !P_LETTERS.test(w)) continue;
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  return byLength;
}

/** For each word of a person's name (lower case), the words that follow it in their names. */
export function nameFollowers(entities: Iterable<Entity>): Map<string, string[]> {
  const followers = new Map<string, string[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const alias of e.aliases) {
      const words = alias.toLowerCase().split(/\s+/);
      const cased = alias.split(/\s+/);
      for (let k = 0; k + 1 < words.length; k++) {
        // Only a name's own words follow each other: an unnamed speaker's "… familiar with the case" would
        // turn a question's "the same way" into "the case way".
        if (!NAME_WORD.test(cased[k] ?? '') || !NAME_WORD.test(cased[k + 1] ?? '')) continue;
        const list = followers.get(words[k] ?? '') ?? [];
        list.push(words[k + 1] ?? '');
        followers.set(words[k] ?? '', list);
      }
    }
  }
  return followers;
}

/** The words (lower case) of every entity's name and aliases. */
export function nameWords(entities: Iterable<Entity>): string[] {
  return [...entities].flatMap((e) =>
    [e.name, ...e.aliases].flatMap((n) => n.toLowerCase().split(P_NOT_LETTER)),
  );
}
