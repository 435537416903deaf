/**
 * A follower's adjective, for the Spanish reader (`spanish.ts`): Spanish names the side of a leader with
 * "-ista" on his name ("carrancista" of Carranza, "villista" of Villa, "zapatista" of Zapata, "maderista" of
 * Madero, "obregonista" of Obregón), where English coverage writes the name itself before the noun ("the
 * Carranza commander", "Villa's troops"). Read from the word alone and the names the coverage uses, so no
 * list of leaders is kept. Spanish grammar, not the domain.
 */

/** The follower endings, longest first. */
const FOLLOWER = /^(\p{L}{3,}?)istas?$/u;

/**
 * The name a lower-case "-ista" word (folded) follows, as the coverage writes it ("carrancista" → Carranza,
 * "villistas" → Villa), when `isName` accepts one of the stems the ending may replace: the stem with "-a" or
 * "-o" or bare, and a "c" the ending's "i" made of a "z" ("Carranza" → carranc-ista) made "z" again.
 * `spelling` gives how the coverage writes the name (its accents). `undefined` for any other word.
 */
export function followedName(
  folded: string,
  isName: (folded: string) => boolean,
  spelling: (folded: string) => string | undefined,
): string | undefined {
  const stem = FOLLOWER.exec(folded)?.[1];
  if (stem === undefined) return undefined;
  const stems = stem.endsWith('c') ? [stem, `${stem.slice(0, -1)}z`] : [stem];
  for (const base of stems)
    for (const name of [`${base}a`, `${base}o`, base]) {
      if (!isName(name)) continue;
      const written = spelling(name) ?? name;
      return (written[0]?.toUpperCase() ?? '') + written.slice(1);
    }
  return undefined;
}
