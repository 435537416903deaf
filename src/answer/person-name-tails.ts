/**
 * Whether words name a person of the coverage: the whole or the last words of a person's name or alias
 * ("Martha Pierce Lowe", "Lowe", "Vickery"), and no place, body or group's name besides ("Juárez" of Ciudad
 * Juárez is no person's, though Benito Juárez is one). For the Spanish reader, which puts a person named
 * after "de" first, as English says it ("el abuelo de Martha Pierce Lowe": Martha Pierce Lowe's grandfather).
 */
import type { Entity } from '../knowledge/schema.ts';
import { foldWord } from '../nlp/pipeline.ts';

/** The test for folded words, built once from the coverage's entities. */
export function personNameTails(entities: Iterable<Entity>): (folded: readonly string[]) => boolean {
  const people = new Set<string>();
  const others = new Set<string>();
  for (const e of entities) {
    for (const name of [e.name, ...e.aliases]) {
      const words = name
        .split(/\s+/)
        .filter((w) => w !== '')
        .map(foldWord);
      if (e.type !== 'person') {
        // A place or body is named by its whole name and by its last words ("Ciudad Juárez": Juárez).
        for (let i = 0; i < words.length; i++) others.add(words.slice(i).join(' '));
        continue;
      }
      for (let i = 0; i < words.length; i++) people.add(words.slice(i).join(' '));
    }
  }
  return (folded) => {
    const key = folded.join(' ');
    return people.has(key) && !others.has(key);
  };
}
