/**
 * A place's name the coverage never uses, read as the word for its people that the coverage does use:
 * "the missouri teamster" for "a Missourian named Cyrus Beale", "the texas guys" for "the Texans". English
 * makes those words from the place's name by a few regular endings, so the coverage's own vocabulary says
 * which one, if any, is meant; no table of places is needed.
 */

/** Endings English adds to a place's name for its people ("Missouri" + "an", "Arizona" + "n", "Boston" + "ian"). */
const ENDINGS: readonly string[] = ['an', 'n', 'ian', 'ese'];
/** Shortest place name read so: shorter words make too many chance matches ("ira" + "n"). */
const MIN_PLACE_LETTERS = 4;

/**
 * The word for the people of the place token `i` names (a proper noun the coverage never uses) that `known`
 * (the coverage's words) holds, when a noun for a person follows it ("the missouri teamster"): the name
 * with an ending added, or with its last letter replaced by one ("Mexico" → "Mexican", "Texas" → "Texan",
 * "Kentucky" → "Kentuckian"). `undefined` otherwise: the place itself ("what did Missouri send?") is a
 * subject the coverage does not name, whatever it calls the people from there.
 */
export function coverageDemonym(
  tokens: readonly { normal: string; lemma: string; pos: string }[],
  i: number,
  known: ReadonlySet<string>,
  countsPeople: (lemma: string) => boolean,
  saysOfPeople: (word: string) => boolean = () => true,
): string | undefined {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok || tok.pos !== 'PROPN' || next?.pos !== 'NOUN' || !countsPeople(next.lemma)) return undefined;
  const name = tok.normal;
  if (name.length < MIN_PLACE_LETTERS || !/^[a-z]+$/.test(name)) return undefined;
  const stems = [name, name.slice(0, -1)];
  for (const stem of stems)
    for (const ending of ENDINGS) {
      const word = stem + ending;
      // "Sonoran" in "the Sonoran Desert" names no people: "the sonora governor" is no Sonoran's.
      if (word !== name && known.has(word)) return saysOfPeople(word) ? word : undefined;
    }
  return undefined;
}
