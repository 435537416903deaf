/**
 * How close a date stands to the words a date question asks about, in words, a clause's edge counting for
 * several: the measure date.ts weighs each candidate date by.
 */
import type { DateFact } from '../knowledge/schema.ts';
import { ENTITY_TERM } from './knowledge-index.ts';
import { isSpace, wordAt } from './words.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `pos` starts a word once its punctuation is stripped ("(troops", "“troops"). */
function startsWord(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    if (isSpace(text.charCodeAt(i))) return true;
    if (WORD_CHAR.test(text.charAt(i))) return false;
  }
  return true;
}

/** Prefixes that match a question term's word forms ("deploy" for "deployment"), for {@link dateProximity}. */
export function termStems(terms: ReadonlyMap<string, number>): string[] {
  const stems = new Set<string>();
  for (const [t, weight] of terms) {
    if (weight < 0.5 || t.startsWith(ENTITY_TERM) || t.length < 3) continue;
    stems.add(t.slice(0, Math.max(3, t.length - 2)));
  }
  return [...stems];
}

/** What opens or closes a clause between a date and an asked word: marks and the words that open one. */
const CLAUSE_EDGES = /[,;:()—–]|\b(?:which|who|whom|whose|while|because|although)\b/g;
/**
 * "That" and the word after it: it opens a clause ("ruled that the county broke …", "the treaty that ended
 * the war") before a determiner, a pronoun, a name or a verb, and is a determiner ("that year", "that
 * treaty") before a noun.
 */
const THAT_AND_NEXT = /\bthat\s+([\p{L}']+)/gu;
const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an this these those his her its their our my your he she it they we i you there some no all ' +
    'many most each every any both one two three is was were are be been has have had do does did will ' +
    'would can could may might must shall should not never also only'
  ).split(' '),
);
/**
 * Commas next to a date that set it off, not a clause ("On Feb. 2, 1848, the treaty …"); a bracket or a
 * dash there does close one ("the wall (built in 1848) and the treaty").
 */
const EDGE_MARKS_AT_START = /^[\s,]+/;
const EDGE_MARKS_AT_END = /[\s,]+$/;

/** How many clause edges the words `between` a date and an asked word cross (`afterDate`: they follow it). */
function clauseEdges(between: string, original: string, afterDate: boolean): number {
  const trimmed = afterDate
    ? between.replace(EDGE_MARKS_AT_START, ' ')
    : between.replace(EDGE_MARKS_AT_END, ' ');
  let edges = trimmed.match(CLAUSE_EDGES)?.length ?? 0;
  for (const m of trimmed.matchAll(THAT_AND_NEXT)) {
    const next = m[1] ?? '';
    // A name after it: capitalised where the sentence wrote it.
    const named = original.includes(`that ${next.charAt(0).toUpperCase()}${next.slice(1)}`);
    if (CLAUSE_OPENING_WORDS.has(next) || named || next.endsWith('ed')) edges++;
  }
  return edges;
}
/** How many words a clause's edge counts for in {@link dateProximity}. */
const CLAUSE_EDGE_WORDS = 4;

/** {@link wordAt} of each of `places` (character offsets in `text`), counted in one walk. */
function wordsAtPlaces(text: string, places: readonly number[]): number[] {
  const order = places.map((_, i) => i).sort((a, b) => (places[a] ?? 0) - (places[b] ?? 0));
  const out = new Array<number>(places.length).fill(0);
  let words = 0;
  let inSpace = false;
  let i = 0;
  for (const k of order) {
    const pos = places[k] ?? 0;
    for (; i < pos; i++) {
      const space = isSpace(text.charCodeAt(i));
      if (space && !inSpace) words++;
      inSpace = space;
    }
    out[k] = words;
  }
  return out;
}

/** How close (in words) a date expression stands to the words the question asked about. */
export function dateProximity(text: string, d: Pick<DateFact, 'text'>, stems: readonly string[]): number {
  const lowerText = text.toLowerCase();
  const at = lowerText.indexOf(d.text.toLowerCase());
  if (at < 0) return 0;
  // "Jan. 10 (Wednesday): The Texas Military Department … take over the park": a timeline's entry, a date
  // heading its line with a colon, dates all of it.
  if (/^\s*$/.test(lowerText.slice(0, at)) && lowerText.slice(at + d.text.length).startsWith(':')) return 1;
  const dateWord = wordAt(lowerText, at);
  // Every place an asked word starts, nearest the date first: a place's distance in words is a floor on its
  // distance with clause edges, so the walk stops once that floor reaches the best found (a long sentence that
  // says the word hundreds of times is read once, not once per place).
  const places: number[] = [];
  for (const stem of stems) {
    for (let p = lowerText.indexOf(stem); p >= 0; p = lowerText.indexOf(stem, p + 1))
      if (startsWord(lowerText, p)) places.push(p);
  }
  const byDistance = wordsAtPlaces(lowerText, places)
    .map((word, i) => ({ p: places[i] ?? 0, words: Math.abs(word - dateWord) }))
    .sort((a, b) => a.words - b.words);
  let bestDistance = Infinity;
  for (const { p, words } of byDistance) {
    if (words >= bestDistance) break;
    // "Ruled in 1990 that the kidnapping broke the treaty the two countries signed in 1978": a date across a
    // clause's edge from the asked word is further from it than its words alone.
    const between = p > at ? lowerText.slice(at + d.text.length, p) : lowerText.slice(p, at);
    bestDistance = Math.min(bestDistance, words + CLAUSE_EDGE_WORDS * clauseEdges(between, text, p > at));
  }
  return bestDistance === Infinity ? 0 : 1 / (1 + bestDistance / 4);
}
