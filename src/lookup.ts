/**
 * Word-keyed tables without the object prototype: a lookup by any word an article or a question holds
 * ("constructor", "toString", "__proto__") finds nothing unless the table has it.
 */

/** A copy of `table` with no prototype, for lookups by arbitrary words. */
export function lookupTable<T>(table: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, table));
}

/** `JSON.parse` whose objects have no prototype: data files are looked up by words from the text. */
export function parseDataJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.assign(Object.create(null) as Record<string, unknown>, value)
      : value,
  );
}
