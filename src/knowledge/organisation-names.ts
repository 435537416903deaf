/**
 * Names of bodies read from their grammar, not from a list of bodies: a run of capitalised words whose head
 * is a noun for a kind of organisation ("Office", "Council", "Ministry"), maybe followed by "of" or "for"
 * and more capitalised words ("The U.S. Attorney's Office for the District of Arizona"). Such a name is one
 * speaker however many words it has.
 */
import { opensWithCapital } from '../nlp/letter-tests.ts';
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { POSSESSIVE_ENDINGS } from '../nlp/possessive.ts';

/**
 * English nouns naming a kind of organisation, as the head of a body's name ("Office", "Task Force"): a
 * closed class of the language, not a list of bodies.
 */
export const ORGANISATION_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'administration',
  'agency',
  'association',
  'authority',
  'board',
  'bureau',
  'command',
  'commission',
  'committee',
  'council',
  'department',
  'force',
  'foundation',
  'guard',
  'institute',
  'ministry',
  'office',
  'patrol',
  'secretariat',
  'service',
  'society',
  'union',
]);

/**
 * The most words a body's name is read over on either side of a known name, and back from an attribution
 * verb: "The U.S. Attorney's Office for the District of Arizona" is 10. Bounds the walks, so a sentence of
 * capitalised words repeated ("National Guard National Guard …", 1 MB) is read in time linear in its length.
 */
const MAX_NAME_WORDS = 16;

/** Lower-case words that may stand inside a body's name between capitalised words ("of", "for the"). */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '&', ...POSSESSIVE_ENDINGS]);

/**
 * True when `words` (a phrase as written, maybe opening with "the") are a body's name: capitalised words,
 * the links of {@link NAME_LINKS} between them, a capitalised word at the end, and as head a capitalised
 * organisation noun ({@link ORGANISATION_HEAD_NOUNS}): the word before the first "of" or "for", else the
 * last. "The U.S. Attorney's Office for the District of Arizona" is one; "Border Patrol Agent Brian Terry"
 * (a person, headed by a name) and "the head of the office in Arizona" are not.
 */
export function isOrganisationName(words: readonly Token[]): boolean {
  const from = words[0]?.normal === 'the' ? 1 : 0;
  return organisationHead(words.slice(from)) >= 0;
}

/** The index in `name` of its head organisation noun (see {@link isOrganisationName}), else -1. */
function organisationHead(name: readonly Token[]): number {
  const last = name.at(-1);
  if (name.length < 2 || !last || !opensWithCapital(last.value) || !opensWithCapital(name[0]?.value ?? ''))
    return -1;
  let head = -1;
  for (let k = 0; k < name.length; k++) {
    const w = name[k];
    if (!w) return -1;
    if (NAME_LINKS.has(w.normal) && !opensWithCapital(w.value)) {
      if (head < 0 && (w.normal === 'of' || w.normal === 'for')) head = k - 1;
      continue;
    }
    if (!opensWithCapital(w.value)) return -1;
  }
  if (head < 0) head = name.length - 1;
  const h = name[head];
  return h && opensWithCapital(h.value) && ORGANISATION_HEAD_NOUNS.has(h.normal) ? head : -1;
}

/** A capitalised word that may stand in a body's name: not a determiner ("The" opening a sentence). */
const nameWord = (tok: Token | undefined): boolean =>
  tok !== undefined && opensWithCapital(tok.value) && (tok.pos === 'PROPN' || tok.pos === 'NOUN');

/**
 * True when tokens `[start, end)` (a known body's name, "Border Patrol") stand inside a longer body's name
 * whose head lies after them ("The National Border Patrol Council"): the longer name is another body,
 * which merely contains the shorter one. Only the sentence's tokens `[from, to)` are read. "The U.S.
 * Border Patrol for the Tucson Sector" keeps its own head, and stays the Border Patrol.
 */
export function insideLongerOrganisationName(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  to: number,
): boolean {
  let first = start;
  const back = Math.max(from, start - MAX_NAME_WORDS);
  while (first - 1 >= back && nameWord(tokens[first - 1])) first--;
  let stop = end;
  const ahead = Math.min(to, end + MAX_NAME_WORDS);
  while (stop < ahead) {
    const tok = tokens[stop];
    if (nameWord(tok) || (tok && NAME_LINKS.has(tok.normal) && !opensWithCapital(tok.value))) stop++;
    else break;
  }
  while (stop > end && !nameWord(tokens[stop - 1])) stop--;
  if (stop === end) return false;
  const head = organisationHead(tokens.slice(first, stop));
  return head >= 0 && first + head >= end;
}

/**
 * The body's name that `tokens` (indices into `analysis`, in order, punctuation kept) end with, as written,
 * when the run of capitalised words and name links they end with is one ({@link isOrganisationName}): "The
 * National Border Patrol Council said" gives "National Border Patrol Council", not a person "Patrol
 * Council". `null` when the words end otherwise ("Greg Abbott said").
 */
export function organisationNameBefore(analysis: Analysis, tokens: readonly number[]): string | null {
  const all = analysis.tokens;
  let from = tokens.length;
  while (from > 0 && tokens.length - from < MAX_NAME_WORDS) {
    const tok = all[tokens[from - 1] ?? -1];
    if (!nameWord(tok) && !(tok && NAME_LINKS.has(tok.normal) && !opensWithCapital(tok.value))) break;
    from--;
  }
  while (from < tokens.length && !nameWord(all[tokens[from] ?? -1])) from++;
  // Pushed onto a literal, not mapped and filtered: an empty mapped list has another shape than a full one,
  // and each shape seen threw the compiled function away.
  const words: Token[] = [];
  for (let k = from; k < tokens.length; k++) {
    const tok = all[tokens[k] as number];
    if (tok !== undefined) words.push(tok);
  }
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || !isOrganisationName(words)) return null;
  return analysis.text.slice(first.start, last.end);
}
