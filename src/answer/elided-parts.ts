/**
 * A later part of a message often leaves out what the first part already said: "How many Guard troops did
 * Bush send in 2006, and how many did Obama send in 2010?" counts troops in both, and "…and how many were
 * already on the border?" counts what the first part counted. Read alone, the later part counts nothing, so
 * what is counted is carried into it from the part before ("how many Guard troops did Obama send in 2010?").
 */

/** Auxiliaries that end what "how many" counts ("how many guard troops did…"). English grammar. */
const AUXILIARY = '(?:did|do|does|were|was|are|is|have|has|had|will|would|could|can|should)';
/** A part counting something it names: group 1 "many"/"much", group 2 what it counts. */
const COUNTED = new RegExp(`^(?:about\\s+|roughly\\s+)?how\\s+(many|much)\\s+(.+?)\\s+${AUXILIARY}\\b`, 'i');
/** A part counting with nothing named: "how many did Obama send", "how many were already there". */
const COUNTS_NOTHING = new RegExp(`^(how\\s+(many|much))\\s+(?=${AUXILIARY}\\b)`, 'i');
/** Longest counted phrase carried, in words; a longer one is a clause, not a thing counted. */
const MAX_COUNTED_WORDS = 5;

/**
 * `parts` with what an earlier part counts carried into a later part that counts nothing by name; parts
 * unchanged otherwise. Only "many" to "many" and "much" to "much": "how much did it cost" after "how many
 * troops" asks something else.
 */
export function withCountedCarried(parts: readonly string[]): string[] {
  let counted: { amount: string; phrase: string } | null = null;
  return parts.map((part) => {
    const own = COUNTED.exec(part);
    if (own?.[1] && own[2] && own[2].split(/\s+/).length <= MAX_COUNTED_WORDS) {
      counted = { amount: own[1].toLowerCase(), phrase: own[2] };
      return part;
    }
    const bare = COUNTS_NOTHING.exec(part);
    if (!bare?.[1] || !counted || bare[2]?.toLowerCase() !== counted.amount) return part;
    return `${bare[1]} ${counted.phrase} ${part.slice(bare[0].length)}`;
  });
}
