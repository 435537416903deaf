/**
 * Surnames a known person shares with someone an article names in full ("Paul Sandoval" beside the known
 * Luis Cresencio Sandoval): there, the surname alone is the article's person's.
 */
import { ENTITY_PREFIX, type Analysis } from '../nlp/pipeline.ts';
import type { EntityData } from './entity-data.ts';
import { NAME_WORD } from './name-words.ts';

/**
 * A known person's one-word alias ("Sandoval") that the article gives another person, after a first name
 * of their own ("Paul Sandoval"), when it never names the known person in full: there, the surname is the
 * article's person's, in every mention. One look at each paragraph's alias matches.
 */
export function surnamesOfOthers(
  analyses: readonly Analysis[],
  entityIdOf: (matchName: string) => string,
  entities: ReadonlyMap<string, EntityData>,
  isTitle: (value: string) => boolean,
): Set<string> {
  const others = new Map<string, string>();
  const fullyNamed = new Set<string>();
  for (const a of analyses) {
    // Matches come in order of their start: the furthest end of those starting before this one says whether
    // the word before it is inside another match, in one pass (no look through every match per match).
    let endBefore = -1;
    let start = -1;
    let endAtStart = -1;
    for (const c of a.custom) {
      if (c.start !== start) {
        endBefore = Math.max(endBefore, endAtStart);
        start = c.start;
        endAtStart = -1;
      }
      endAtStart = Math.max(endAtStart, c.end);
      if (!c.name.startsWith(ENTITY_PREFIX)) continue;
      const id = entityIdOf(c.name);
      if (entities.get(id)?.type !== 'person') continue;
      if (c.end - c.start > 1) {
        fullyNamed.add(id);
        continue;
      }
      const before = a.tokens[c.start - 1];
      const inName = endBefore > c.start - 1;
      if (before?.pos === 'PROPN' && NAME_WORD.test(before.value) && !isTitle(before.value) && !inName)
        others.set(c.value, id);
    }
  }
  return new Set([...others].filter(([, id]) => !fullyNamed.has(id)).map(([surname]) => surname));
}
