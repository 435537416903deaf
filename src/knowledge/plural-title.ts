/**
 * A plural title before joined names gives each name the title: "Justices Clarence Thomas and Ketanji Brown
 * Jackson each filed…", "Sens. John Cornyn and Ted Cruz", "Generals Laura Richardson and Glen VanHerck" are
 * two justices, two senators, two generals, so a later "Justice Jackson" is Ketanji Brown Jackson. "Justices of
 * the peace" and "Sens. Cornyn and the committee staff" join no second name.
 */
import type { Token } from '../nlp/pipeline.ts';
import { singularOf } from '../nlp/singular.ts';
import { INITIAL } from './name-runs.ts';
import { bare, NAME_WORD } from './name-words.ts';
import { isOrganisationName } from './organisation-names.ts';

/** A word opening with a capital letter. */
const CAPITALISED = /^\p{Lu}/u;
/** Tokens from a joined name back to the plural title before the first ("Justices Clarence Thomas and"). */
const MAX_JOINED_TOKENS = 16;

/**
 * The singular of a capitalised plural title ("Justices" → "justice", "Sens." → "sen", "Generals" →
 * "general"), or `null` for any other word.
 */
export function pluralTitleSingular(value: string, isTitle: (value: string) => boolean): string | null {
  if (!CAPITALISED.test(value)) return null;
  const word = bare(value);
  if (word.length < 3 || !word.endsWith('s') || word.endsWith('ss')) return null;
  const singular = singularOf(word);
  return singular !== word && isTitle(singular) ? singular : null;
}

/**
 * True when the run of `start` to `end` opens with a plural title ("Justices Clarence Thomas") and another
 * name is joined after it ("and Ketanji Brown Jackson", ", Samuel Alito"): the title is not the name's.
 */
export function opensWithPluralTitle(
  tokens: readonly Token[],
  start: number,
  end: number,
  isTitle: (value: string) => boolean,
): boolean {
  const first = tokens[start];
  if (!first || end - start < 3 || pluralTitleSingular(first.value, isTitle) === null) return false;
  return joinedAfter(tokens, end);
}

/**
 * True when a name is joined after token `end` ("and Ted Cruz", ", Samuel Alito") and is no modifier of a
 * noun after it ("and Fort Bliss soldiers", see {@link modifiesNoun}).
 */
function joinedAfter(tokens: readonly Token[], end: number): boolean {
  const join = tokens[end];
  if (join?.normal !== 'and' && join?.value !== ',') return false;
  const next = tokens[end + 1];
  if (next === undefined || !NAME_WORD.test(next.value)) return false;
  // The joined name's end: its capitalised words and its initials' stops.
  let after = end + 2;
  while (
    tokens[after] !== undefined &&
    (NAME_WORD.test(tokens[after]?.value ?? '') ||
      (tokens[after]?.value === '.' && INITIAL.test(tokens[after - 1]?.value ?? '')))
  )
    after++;
  return !modifiesNoun(tokens, end + 1, after);
}

/**
 * True when the name of `start` to `end` is a modifier or a body, not a person: a common noun in lower case
 * follows it ("Fort Bliss soldiers", "Eagle Pass officials", "Ciudad Juarez police", "Texas Department of
 * Public Safety troopers"), or it is an organisation's name ("the Texas Department of Public Safety").
 */
function modifiesNoun(tokens: readonly Token[], start: number, end: number): boolean {
  let k = end;
  // "Texas Department of Public Safety troopers": the body's name goes on after its "of".
  while (tokens[k]?.normal === 'of' && NAME_WORD.test(tokens[k + 1]?.value ?? '')) {
    k++;
    while (tokens[k] !== undefined && NAME_WORD.test(tokens[k]?.value ?? '')) k++;
  }
  if (isOrganisationName(tokens.slice(start, k))) return true;
  const next = tokens[k];
  return next !== undefined && /^\p{Ll}/u.test(next.value) && next.pos === 'NOUN';
}

/**
 * For a name at `start` joined to names before it ("… and Ketanji Brown Jackson"), the token of the plural
 * title those names follow ("Justices") and its singular, or `null` when no such title opens the list (a word
 * in lower case, a stop or a quotation between them ends the search, and so does an "and" before the one
 * joining the name: "Generals A and B, C and D" titles only A and B). A name that modifies a noun after it
 * ("and Eagle Pass officials") takes no title.
 */
export function sharedPluralTitle(
  tokens: readonly Token[],
  start: number,
  end: number,
  isTitle: (value: string) => boolean,
): { at: number; singular: string } | null {
  const join = tokens[start - 1];
  if (join?.normal !== 'and' && join?.value !== ',') return null;
  // "Generals Laura Richardson and Fort Bliss soldiers": the name says whose soldiers, and is no general.
  if (modifiesNoun(tokens, start, end)) return null;
  for (let k = start - 2; k >= 0 && start - k <= MAX_JOINED_TOKENS; k--) {
    const tok = tokens[k];
    if (!tok) return null;
    const singular = pluralTitleSingular(tok.value, isTitle);
    if (singular !== null) {
      const next = tokens[tokens[k + 1]?.value === '.' ? k + 2 : k + 1];
      return next !== undefined && NAME_WORD.test(next.value) && k + 1 < start - 1
        ? { at: k, singular }
        : null;
    }
    // Only the joined names stand between: capitalised words, stops after initials, a list's commas, "and".
    if (tok.value === '.') {
      // An initial's or a title's stop ("Ted J. Cruz", "Sens."), never a sentence's.
      const before = tokens[k - 1]?.value ?? '';
      if (!INITIAL.test(before) && !isTitle(before)) return null;
      continue;
    }
    if (tok.value === ',') continue;
    // "Generals Laura Richardson and Glen VanHerck, Maria Lopez and Juan Ortiz": a second "and" closes the
    // titled list; the names after it may be no generals.
    if (tok.normal === 'and') return null;
    // "Senators Say Troops And Maria Lopez Agree": a headline's capitalised words are no names.
    if (!NAME_WORD.test(tok.value) || tok.pos !== 'PROPN') return null;
  }
  return null;
}
