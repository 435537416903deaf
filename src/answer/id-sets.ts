/** Sets of people's ids: kept under a key, and joined. */

/** Adds `id` to the set `map` keeps under `key`. */
export function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/** The people of either set, `undefined` when neither has any. */
export function union(
  a: ReadonlySet<string> | undefined,
  b: ReadonlySet<string> | undefined,
): ReadonlySet<string> | undefined {
  if (!a || !b) return a ?? b;
  return new Set([...a, ...b]);
}

/** The people of any of the sets (ids, or a map keyed by ids), empty when none has any. */
export function unionOf(...sets: ReadonlyArray<Iterable<string> | undefined>): Set<string> {
  const out = new Set<string>();
  for (const ids of sets) for (const id of ids ?? []) out.add(id);
  return out;
}
