/**
 * The places the coverage writes by name, read from its own text rather than a list of places: a run of one
 * to four capitalised words after a preposition of place ("in Juárez", "in Mexico City", "near Fort
 * Huachuca"). A question may write such a place in lower case ("in juarez") or name one no entity holds
 * ("in Mexico City", where only "Mexico" is an entity); this table lets its place reader find it.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { isCalendarName } from '../nlp/calendar-words.ts';
import { foldWord } from '../nlp/pipeline.ts';

/**
 * Group 2: a run of capitalised words after a preposition of place (and "the", group 1), at most four, the
 * pipeline's MAX_PLACE_WORDS (src/knowledge/place-names.ts). Not "to", "from" or "with", after which a person is
 * as often named ("wrote to Santa Anna", "a letter from General Taylor"). Each repetition starts at a capital
 * after a space, so a match is read in one pass (no backtracking over the text).
 */
const PLACE_RUN =
  /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ii]nto|[Ii]nside|[Oo]utside|[Aa]cross|[Tt]hrough|[Tt]owards?)\s+(?:(the)\s+)?(\p{Lu}[\p{Ll}-]*(?:\s+\p{Lu}[\p{Ll}-]*){0,3})/gu;
/** What splits a sentence's text into words, for the words the coverage writes in lower case. */
const NOT_WORD = /[^\p{L}'’-]+/u;
/** A word that starts with a lower-case letter. */
const LOWER_START = /^\p{Ll}/u;

/**
 * The names of places `sentences` write after a preposition of place, each folded to lower case without
 * accents, its words joined by one space ("juarez", "mexico city"). A one-word name the coverage also writes
 * in lower case ("in Force" of a headline; "force"), one after "the" (a body's short name: "in the Guard",
 * "in the Senate"), one-letter words ("in U.S. waters") and the months and weekdays ("in March", "in Juárez
 * Tuesday") are left out.
 */
export function writtenPlaceNames(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  const lower = new Set<string>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(PLACE_RUN)) {
      // "in Juárez Tuesday": the run ends at a month's or weekday's name; "in U.S. waters" is no place "U".
      const run = (m[2] ?? '').split(/\s+/);
      const calendar = run.findIndex((w) => isCalendarName(w));
      const words = calendar < 0 ? run : run.slice(0, calendar);
      if (words.length === 0 || words.some((w) => w.length < 2)) continue;
      if (words.length === 1 && m[1] !== undefined) continue;
      names.add(words.map(foldWord).join(' '));
    }
    for (const w of s.text.split(NOT_WORD)) if (LOWER_START.test(w)) lower.add(foldWord(w));
  }
  for (const w of lower) names.delete(w);
  return names;
}

/** The table of each coverage's sentences, built on its first look-up: most questions name no place. */
const tables = new WeakMap<readonly Sentence[], Set<string>>();

/**
 * True when `sentences` write `phrase` (folded words joined by a space: "mexico city") as a place's name
 * after a preposition of place ({@link writtenPlaceNames}).
 */
export function isWrittenPlace(sentences: readonly Sentence[], phrase: string): boolean {
  let table = tables.get(sentences);
  if (!table) {
    table = writtenPlaceNames(sentences);
    tables.set(sentences, table);
  }
  return table.has(phrase);
}
