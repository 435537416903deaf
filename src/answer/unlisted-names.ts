/**
 * Names a sentence gives of people the knowledge made no entity of: someone named once, with no title,
 * apposition or verb of saying to learn them by ("with Simón Berthold as his second in command", "joined by
 * Justices Stephen Breyer, Sonia Sotomayor and Elena Kagan"). Read from the sentence's own tagging: a run of
 * two or more proper nouns, each capitalised and none an English word, that no mention of the sentence covers,
 * after no article ("the Las Cuevas ranch" names a thing) and no preposition of place ("in Ciudad Juárez").
 */
import type { Sentence } from '../knowledge/schema.ts';
import { lowerBound, type Analysis } from '../nlp/pipeline.ts';
import { placeNameStarts } from './place-phrase.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** The fewest words of a run read as a person's name: one capitalised word alone may be anything. */
const MIN_NAME_WORDS = 2;

/**
 * The spans of `text` its mentions cover, each occurrence of each mention's words, merged and in order (a
 * sentence naming one person a thousand times has a thousand mentions of the same words: each is looked for once).
 */
function coveredSpans(sentence: Sentence): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const text of new Set(sentence.mentions.map((m) => m.text))) {
    if (text === '') continue;
    for (let at = sentence.text.indexOf(text); at >= 0; at = sentence.text.indexOf(text, at + 1))
      spans.push([at, at + text.length]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** True when no span of `covered` (merged, in order) overlaps `start`–`end`. */
function isFree(covered: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  // The last span starting before `end` is the only one that can reach past `start`.
  const after = lowerBound(0, covered.length, (k) => (covered[k]?.[0] ?? Infinity) < end);
  const before = after > 0 ? covered[after - 1] : undefined;
  return before === undefined || before[1] <= start;
}

/**
 * The names in `sentence` (as written, "Simón Berthold") that no mention covers: runs of at least
 * {@link MIN_NAME_WORDS} proper nouns, each written with a capital and lower-case letters and none an English
 * word (`isEnglishWord`), read from `analysis` of the sentence's text.
 */
export function unlistedNames(
  sentence: Sentence,
  analysis: Pick<Analysis, 'tokens'>,
  isEnglishWord: (word: string) => boolean,
): string[] {
  const covered = coveredSpans(sentence);
  const free = (start: number, end: number) => isFree(covered, start, end);
  const places = placeNameStarts(sentence.text);
  const names: string[] = [];
  let run: Array<{ start: number; end: number }> = [];
  let before: string | null = null;
  const close = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (run.length >= MIN_NAME_WORDS && first && last && before !== 'DET' && !places.has(first.start))
      names.push(sentence.text.slice(first.start, last.end));
    run = [];
  };
  let previous: string | null = null;
  for (const t of analysis.tokens) {
    const nameWord =
      t.pos === 'PROPN' && CAPITALISED.test(t.value) && !isEnglishWord(t.normal) && free(t.start, t.end);
    if (nameWord) {
      if (run.length === 0) before = previous;
      run.push(t);
    } else close();
    previous = t.pos;
  }
  close();
  return names;
}
