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

/** True when a name is joined after token `end` ("and Ted Cruz", ", Samuel Alito"). */
function joinedAfter(tokens: readonly Token[], end: number): boolean {
  const join = tokens[end];
  if (join?.normal !== 'and' && join?.value !== ',') return false;
  const next = tokens[end + 1];
  return next !== undefined && NAME_WORD.test(next.value);
}

/**
 * For a name at `start` joined to names before it ("… and Ketanji Brown Jackson"), the token of the plural
 * title those names follow ("Justices") and its singular, or `null` when no such title opens the list (a word
 * in lower case, a stop or a quotation between them ends the search).
 */
export function sharedPluralTitle(
  tokens: readonly Token[],
  start: number,
  isTitle: (value: string) => boolean,
): { at: number; singular: string } | null {
  const join = tokens[start - 1];
  if (join?.normal !== 'and' && join?.value !== ',') return null;
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
    if (tok.value === ',' || tok.normal === 'and') continue;
    // "Senators Say Troops And Maria Lopez Agree": a headline's capitalised words are no names.
    if (!NAME_WORD.test(tok.value) || tok.pos !== 'PROPN') return null;
  }
  return null;
}
