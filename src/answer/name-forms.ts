/**
 * The coverage's own form of a name a question writes another way, so the name is not taken for one the
 * coverage lacks:
 * - Spanish "ñ" written as English writes its sound, "ny" ("Quitman Canyon" where an article says "Quitman
 *   Cañon"; "pinyon" for "piñon");
 * - a name and the word for its people or followers, either way round ("Villa" where an article says
 *   "Villistas"; "Texans" where it says "Texas"): the same stem, one side ending as a name ends (nothing, a
 *   final vowel or "s"), the other with a suffix that makes such a word of a name. Only plural or doctrine
 *   suffixes: a singular "-an" makes given names ("Julian" is not of "Julia"), and "the Texan killed" asks
 *   for one person, whom the coverage may never name.
 * Both tables are built from the knowledge's vocabulary on first use, once per knowledge.
 */
import { withoutAccents } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{L}+$/u;

/**
 * Endings that make the word for a name's people or followers, after its stem (folded: "eños" is "enos"):
 * "Texa-ns", "Mexic-ans", "Californi-ans", "Vill-istas", "Porfir-ismo", "Mormon-ites", "Laredo-enses".
 */
const PEOPLE_SUFFIXES = ['ns', 'ans', 'ians', 'ista', 'istas', 'ismo', 'ites', 'enos', 'enas', 'enses'];

/** How a name may end after the stem its people's word keeps: "Texa-s", "Vill-a", "Mexic-o", "Arizona". */
const NAME_ENDINGS = ['', 'a', 'e', 'i', 'o', 's'];

/** Letters a shared stem must have: a shorter one joins unrelated names ("Ev-ans", "Rom-a"). */
const MIN_STEM = 4;

/** A word folded as English writes Spanish sounds: "ñ" as "ny", other letters without their accents. */
function nyFolded(word: string): string {
  return withoutAccents(word.replace(/ñ/g, 'ny'));
}

/** The stems `word` has before each of `endings` it ends with, of {@link MIN_STEM} letters or more. */
function stemsBefore(word: string, endings: readonly string[]): string[] {
  const out: string[] = [];
  for (const end of endings)
    if (word.endsWith(end) && word.length - end.length >= MIN_STEM)
      out.push(word.slice(0, word.length - end.length));
  return out;
}

/** The coverage's forms of names written another way; see the module header. */
export class NameForms {
  #ny: Map<string, string> | null = null;
  /** Coverage words by the stem they have as a name, and by the stem they have as a people's word. */
  #asName: Map<string, string> | null = null;
  #asPeople: Map<string, string> | null = null;

  /** `vocabulary`: the coverage's words, in lower case. */
  constructor(private readonly vocabulary: Iterable<string>) {}

  /** The coverage's word that `word` (lower case) writes another way, or `null`. */
  of(word: string): string | null {
    if (!P1.test(word)) return null;
    this.#build();
    const folded = withoutAccents(word);
    const ny = this.#ny?.get(folded);
    if (ny !== undefined) return ny;
    for (const stem of stemsBefore(folded, PEOPLE_SUFFIXES)) {
      const name = this.#asName?.get(stem);
      if (name !== undefined && name !== word) return name;
    }
    for (const stem of stemsBefore(folded, NAME_ENDINGS)) {
      const people = this.#asPeople?.get(stem);
      if (people !== undefined && people !== word) return people;
    }
    return null;
  }

  #build(): void {
    if (this.#ny !== null) return;
    const ny = new Map<string, string>();
    const asName = new Map<string, string>();
    const asPeople = new Map<string, string>();
    for (const w of this.vocabulary) {
      if (!P1.test(w)) continue;
      if (w.includes('ñ')) {
        const folded = nyFolded(w);
        if (!ny.has(folded)) ny.set(folded, w);
      }
      const plain = withoutAccents(w);
      for (const stem of stemsBefore(plain, NAME_ENDINGS)) if (!asName.has(stem)) asName.set(stem, w);
      for (const stem of stemsBefore(plain, PEOPLE_SUFFIXES)) if (!asPeople.has(stem)) asPeople.set(stem, w);
    }
    this.#ny = ny;
    this.#asName = asName;
    this.#asPeople = asPeople;
  }
}
